package io.quarkiverse.engagevoice.mockserver.internal.routing;

import java.util.List;

/**
 * An error answer raised by an endpoint. Most become the JSON error shape
 * ({@code errorCode, generalMessage, details, requestUri, timestamp, validationErrors}); 401s are plain text; a few
 * (RingCentral OAuth errors, 429) carry their own finished response.
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String errorCode;
    private final List<FieldError> fieldErrors;
    private final ApiResponse response;

    private ApiException(int status, String errorCode, String message, List<FieldError> fieldErrors,
            ApiResponse response) {
        super(message, null, false, false);
        this.status = status;
        this.errorCode = errorCode;
        this.fieldErrors = fieldErrors;
        this.response = response;
    }

    /** 400 for a request whose fields do not validate. */
    public static ApiException validation(String message, List<FieldError> fieldErrors) {
        return new ApiException(400, "VALIDATION_FAILED", message, List.copyOf(fieldErrors), null);
    }

    public static ApiException invalidField(String attribute, String message, Object value) {
        return validation("The supplied data is not valid",
                List.of(new FieldError(attribute, message, value == null ? null : String.valueOf(value))));
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "BAD_REQUEST", message, List.of(), null);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "FORBIDDEN", message, List.of(), null);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "NOT_FOUND", message, List.of(), null);
    }

    public static ApiException methodNotAllowed(String method) {
        return new ApiException(405, "METHOD_NOT_ALLOWED", "Request method '" + method + "' is not supported",
                List.of(), null);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, "CONFLICT", message, List.of(), null);
    }

    /** 401 with a plain-text body, as Engage Voice answers authentication failures. */
    public static ApiException unauthorized(String plainTextBody) {
        return withResponse(ApiResponse.text(401, plainTextBody));
    }

    /** An error whose whole answer is already decided. */
    public static ApiException withResponse(ApiResponse response) {
        return new ApiException(response.status(), null, response.body(), List.of(), response);
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** The finished response, or {@code null} when the JSON error shape must be rendered. */
    public ApiResponse response() {
        return response;
    }
}
