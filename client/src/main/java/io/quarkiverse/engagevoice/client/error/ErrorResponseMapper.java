package io.quarkiverse.engagevoice.client.error;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.engagevoice.client.internal.http.Redaction;

/**
 * Turns every answer of status 400 or more into the matching {@link EngageVoiceException}, reading the three error
 * body shapes of the API: {@code {errorCode, generalMessage, details, requestUri, timestamp, validationErrors}},
 * {@code {errorCode, message}} and plain text.
 */
@Priority(100)
public class ErrorResponseMapper implements ResponseExceptionMapper<EngageVoiceException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public EngageVoiceException toThrowable(Response response) {
        // the operation is named later, by the API proxy, which knows the invoked method
        return toException(response.getStatus(), response.getStatusInfo().getReasonPhrase(), null, null,
                response.getHeaderString("Retry-After"), readBody(response));
    }

    /** Builds the exception for a status and body; public for clients that read responses themselves. */
    public static EngageVoiceException toException(int status, String reason, String operation, String request,
            String retryAfter, String body) {
        String op = operation == null ? ErrorDetails.UNKNOWN_OPERATION : operation;
        String req = request == null ? "?" : request;
        String errorCode = null;
        String message = null;
        String details = null;
        String requestUri = null;
        String timestamp = null;
        List<ValidationError> validation = new ArrayList<>();
        JsonNode json = parseObject(body);
        if (json != null) {
            errorCode = text(json, "errorCode");
            message = text(json, "generalMessage");
            if (message == null) {
                message = text(json, "message");
            }
            if (message == null) {
                message = text(json, "errorMessage");
            }
            details = text(json, "details");
            requestUri = text(json, "requestUri");
            timestamp = text(json, "timestamp");
            JsonNode errors = json.get("validationErrors");
            if (errors != null && errors.isArray()) {
                for (JsonNode e : errors) {
                    validation.add(new ValidationError(text(e, "attributeName"), text(e, "message"), text(e, "value")));
                }
            }
        } else if (body != null && !body.isBlank()) {
            message = body.strip();
        }
        ErrorDetails d = new ErrorDetails(status, reason, op, req, errorCode, message, details,
                requestUri == null ? req : Redaction.uri(requestUri), timestamp, validation,
                retryAfterSeconds(retryAfter), body);
        return of(d);
    }

    /** The exception of the status's class for {@code d}. */
    public static EngageVoiceException of(ErrorDetails d) {
        int status = d.status();
        return switch (status) {
            case 400 -> new InvalidRequestException(d);
            case 401 -> new UnauthorizedException(d);
            case 403 -> new PermissionDeniedException(d);
            case 404 -> new ResourceNotFoundException(d);
            case 409 -> new ConflictException(d);
            case 429 -> new RateLimitedException(d);
            default -> status >= 500 ? new ServiceErrorException(d) : new EngageVoiceException(d);
        };
    }

    /** How much of an error body is read: enough for every error shape of the API, not a whole error page. */
    static final int BODY_LIMIT = 64 * 1024;

    private static String readBody(Response response) {
        if (!response.hasEntity()) {
            return null;
        }
        try (InputStream in = response.readEntity(InputStream.class)) {
            if (in == null) {
                return null;
            }
            byte[] head = in.readNBytes(BODY_LIMIT);
            boolean more = in.read() >= 0;
            String text = new String(head, StandardCharsets.UTF_8);
            return more ? text + "... (truncated after " + BODY_LIMIT + " bytes)" : text;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static JsonNode parseObject(String body) {
        if (body == null || !body.stripLeading().startsWith("{")) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
    }

    static long retryAfterSeconds(String value) {
        if (value == null || value.isBlank()) {
            return -1;
        }
        String v = value.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(v);
        }
        try {
            long s = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME))
                    .toSeconds();
            return Math.max(0, s);
        } catch (DateTimeParseException e) {
            return -1;
        }
    }
}
