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

    /** Whether the operation is still to be named. */
    public boolean operationUnknown() {
        return UNKNOWN_OPERATION.equals(operation);
    }

    /** These details for the named operation; a request URI that was only the placeholder becomes the template. */
    public ErrorDetails forOperation(String name, String template) {
        String uri = UNKNOWN_REQUEST.equals(requestUri) ? template : requestUri;
        return new ErrorDetails(status, reason, name, template, errorCode, serverMessage, serverDetails, uri, timestamp,
                validationErrors, retryAfterSeconds, body);
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
            b.append(": ").append(serverMessage);
        }
        if (serverDetails != null && !serverDetails.isBlank()) {
            b.append(" (").append(serverDetails).append(')');
        }
        for (ValidationError e : validationErrors) {
            b.append("; ").append(e);
        }
        return b.toString();
    }
}
