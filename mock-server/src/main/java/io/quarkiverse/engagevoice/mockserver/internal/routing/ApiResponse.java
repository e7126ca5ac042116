package io.quarkiverse.engagevoice.mockserver.internal.routing;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.engagevoice.mockserver.internal.json.Json;

/** What the simulator answers: status, optional body with its media type, extra headers. */
public record ApiResponse(int status, String contentType, String body, Map<String, String> headers) {

    public static final String JSON = "application/json";
    public static final String TEXT = "text/plain;charset=UTF-8";

    public static ApiResponse json(int status, JsonNode body) {
        return new ApiResponse(status, JSON, Json.write(body), Map.of());
    }

    public static ApiResponse ok(JsonNode body) {
        return json(200, body);
    }

    public static ApiResponse created(JsonNode body) {
        return json(201, body);
    }

    public static ApiResponse text(int status, String body) {
        return new ApiResponse(status, TEXT, body, Map.of());
    }

    /** A {@code text/plain} boolean, as the call-control and token operations answer. */
    public static ApiResponse textTrue() {
        return text(200, "true");
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, null, null, Map.of());
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiResponse(status, contentType, body, copy);
    }
}
