package io.quarkiverse.engagevoice.mockserver.internal.routing;

import java.time.Instant;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.json.Json;

/**
 * Writes an {@link ApiException} in the JSON error shape of the Engage Voice API
 * ({@code Errors} in the OpenAPI file, plus {@code errorCode}): {@code generalMessage} is the generic sentence of
 * the status, {@code details} the specific reason, {@code requestUri} is {@code "<path without leading /> - METHOD"}
 * and {@code timestamp} epoch milliseconds, as in the examples of the OpenAPI file.
 */
public final class ErrorRendering {

    private ErrorRendering() {
    }

    public static ApiResponse render(ApiException error, String method, String rawPath, Instant now) {
        if (error.response() != null) {
            return error.response();
        }
        ObjectNode body = Json.object();
        body.put("errorCode", error.errorCode());
        body.put("generalMessage", generalMessage(error));
        body.put("details", details(error));
        body.put("requestUri", (rawPath.startsWith("/") ? rawPath.substring(1) : rawPath) + " - " + method);
        body.put("timestamp", now.toEpochMilli());
        ArrayNode validationErrors = body.putArray("validationErrors");
        for (FieldError fieldError : error.fieldErrors()) {
            ObjectNode entry = validationErrors.addObject();
            entry.put("attributeName", fieldError.attributeName());
            entry.put("message", fieldError.message());
            entry.put("value", fieldError.value());
        }
        return ApiResponse.json(error.status(), body);
    }

    private static String generalMessage(ApiException error) {
        return switch (error.status()) {
            case 400 -> error.fieldErrors().isEmpty() ? error.getMessage() : "The supplied data is not valid";
            case 403 -> "You do not have permission to access this resource";
            case 404 -> "The resource you have requested does not exist";
            case 500 -> "An Internal Server Error occurred while processing this request";
            default -> error.getMessage();
        };
    }

    private static String details(ApiException error) {
        if (error.fieldErrors().isEmpty()) {
            return error.getMessage();
        }
        return error.fieldErrors().stream()
                .map(fieldError -> fieldError.attributeName() + " " + fieldError.message())
                .collect(Collectors.joining("; "));
    }
}
