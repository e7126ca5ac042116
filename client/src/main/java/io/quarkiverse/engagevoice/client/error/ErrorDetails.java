package io.quarkiverse.engagevoice.client.error;

import java.util.List;

/**
 * What is known of a failed call: the status, the server's error body in any of its shapes and the operation.
 *
 * @param status the HTTP status
 * @param reason the status's reason phrase, such as {@code Not Found}
 * @param operation the interface and method, such as {@code AgentGroupsApi.get}
 * @param request the method and path template, such as {@code GET /v1/admin/accounts/{accountId}}
 * @param errorCode the server's {@code errorCode}
 * @param serverMessage the server's {@code generalMessage}, {@code message} or plain-text body
 * @param serverDetails the server's {@code details}
 * @param requestUri the server's {@code requestUri}, else {@code request}
 * @param timestamp the server's {@code timestamp}
 * @param validationErrors the server's {@code validationErrors}
 * @param retryAfterSeconds the {@code Retry-After} header in seconds, or -1
 * @param body the raw body
 */
public record ErrorDetails(int status, String reason, String operation, String request, String errorCode,
        String serverMessage, String serverDetails, String requestUri, String timestamp,
        List<ValidationError> validationErrors, long retryAfterSeconds, String body) {

    /** The operation of details made where the operation is not known yet (the exception mapper sees no request). */
    public static final String UNKNOWN_OPERATION = "Engage Voice request";
    private static final String UNKNOWN_REQUEST = "?";

    public ErrorDetails {
        validationErrors = validationErrors == null ? List.of() : List.copyOf(validationErrors);
    }

    /**
     * Details of a call to {@code operation} ({@code AgentGroupsApi.get}) by {@code request}
     * ({@code GET /v1/admin/accounts/{accountId}}) answered {@code status}; the server's parts are optional.
     */
    public static Builder builder(int status, String operation, String request) {
        return new Builder(status).operation(operation, request).requestUri(request);
    }

    /** A builder holding these details, to change some. */
    public Builder toBuilder() {
        return new Builder(status).reason(reason).operation(operation, request).errorCode(errorCode)
                .serverMessage(serverMessage).serverDetails(serverDetails).requestUri(requestUri).timestamp(timestamp)
                .validationErrors(validationErrors).retryAfterSeconds(retryAfterSeconds).body(body);
    }

    /** Whether the operation is still to be named. */
    public boolean operationUnknown() {
        return UNKNOWN_OPERATION.equals(operation);
    }

    /** These details for the named operation; a request URI that was only the placeholder becomes the template. */
    public ErrorDetails forOperation(String name, String template) {
        String uri = UNKNOWN_REQUEST.equals(requestUri) ? template : requestUri;
        return toBuilder().operation(name, template).requestUri(uri).build();
    }

    /** Whether {@code secret} occurs in anything the server said. */
    boolean mentions(String secret) {
        if (contains(body, secret) || contains(serverMessage, secret) || contains(serverDetails, secret)
                || contains(errorCode, secret) || contains(requestUri, secret) || contains(timestamp, secret)) {
            return true;
        }
        return validationErrors.stream().anyMatch(e -> contains(e.attributeName(), secret)
                || contains(e.message(), secret) || contains(e.value(), secret));
    }

    /** These details with {@code secret} masked in everything the server said. */
    ErrorDetails masking(String secret) {
        return toBuilder().errorCode(mask(errorCode, secret)).serverMessage(mask(serverMessage, secret))
                .serverDetails(mask(serverDetails, secret)).requestUri(mask(requestUri, secret))
                .timestamp(mask(timestamp, secret))
                .validationErrors(validationErrors.stream().map(e -> new ValidationError(mask(e.attributeName(), secret),
                        mask(e.message(), secret), mask(e.value(), secret))).toList())
                .body(mask(body, secret)).build();
    }

    private static boolean contains(String text, String secret) {
        return text != null && text.contains(secret);
    }

    private static String mask(String text, String secret) {
        return text == null ? null : text.replace(secret, "***");
    }

    /** At most this many characters of each part the server said go into a message. */
    static final int MESSAGE_PART_LIMIT = 500;

    private static String bounded(String part) {
        return part.length() <= MESSAGE_PART_LIMIT ? part
                : part.substring(0, MESSAGE_PART_LIMIT) + "... (" + part.length() + " characters)";
    }

    String describe() {
        StringBuilder b = new StringBuilder();
        b.append(operation).append(" (").append(request).append(") answered ").append(status);
        if (reason != null && !reason.isBlank()) {
            b.append(' ').append(reason);
        }
        if (errorCode != null) {
            b.append(" [").append(errorCode).append(']');
        }
        if (serverMessage != null && !serverMessage.isBlank()) {
            b.append(": ").append(bounded(serverMessage));
        }
        if (serverDetails != null && !serverDetails.isBlank()) {
            b.append(" (").append(bounded(serverDetails)).append(')');
        }
        for (ValidationError e : validationErrors) {
            b.append("; ").append(bounded(e.toString()));
        }
        return b.toString();
    }

    /** The parts of {@link ErrorDetails}, by name. */
    public static final class Builder {
        private final int status;
        private String reason;
        private String operation = UNKNOWN_OPERATION;
        private String request = UNKNOWN_REQUEST;
        private String errorCode;
        private String serverMessage;
        private String serverDetails;
        private String requestUri = UNKNOWN_REQUEST;
        private String timestamp;
        private List<ValidationError> validationErrors = List.of();
        private long retryAfterSeconds = -1;
        private String body;

        private Builder(int status) {
            this.status = status;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /** The interface and method, and the method and path template. */
        public Builder operation(String operation, String request) {
            this.operation = operation;
            this.request = request;
            return this;
        }

        public Builder errorCode(String errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        public Builder serverMessage(String serverMessage) {
            this.serverMessage = serverMessage;
            return this;
        }

        public Builder serverDetails(String serverDetails) {
            this.serverDetails = serverDetails;
            return this;
        }

        public Builder requestUri(String requestUri) {
            this.requestUri = requestUri;
            return this;
        }

        public Builder timestamp(String timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Builder validationErrors(List<ValidationError> validationErrors) {
            this.validationErrors = validationErrors;
            return this;
        }

        /** The {@code Retry-After} header in seconds; -1 (the default) when there is none. */
        public Builder retryAfterSeconds(long seconds) {
            this.retryAfterSeconds = seconds;
            return this;
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        public ErrorDetails build() {
            return new ErrorDetails(status, reason, operation, request, errorCode, serverMessage, serverDetails,
                    requestUri, timestamp, validationErrors, retryAfterSeconds, body);
        }
    }
}
