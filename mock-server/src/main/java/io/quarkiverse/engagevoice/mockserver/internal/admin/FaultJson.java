package io.quarkiverse.engagevoice.mockserver.internal.admin;

import java.time.Duration;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.json.Json;
import io.quarkiverse.engagevoice.mockserver.wire.Fault;

/**
 * The JSON form of a {@link Fault} for {@code POST /__admin/faults}:
 * {@code {"method","pathPattern","status","retryAfter","body","contentType","latencyMs","dropConnection","times"}};
 * only {@code pathPattern} and one effect are required, {@code times} defaults to 1.
 */
final class FaultJson {

    private static final Set<String> PROPERTIES = Set.of("method", "pathPattern", "status", "retryAfter", "body",
            "contentType", "latencyMs", "dropConnection", "times");

    private FaultJson() {
    }

    /** Reads a fault; a wrong property or value is an {@link IllegalArgumentException} naming it. */
    static Fault read(JsonNode json) {
        if (!json.isObject()) {
            throw new IllegalArgumentException("a fault is a JSON object");
        }
        json.fieldNames().forEachRemaining(name -> {
            if (!PROPERTIES.contains(name)) {
                throw new IllegalArgumentException("unknown fault property '" + name + "'");
            }
        });
        if (text(json, "pathPattern") == null) {
            throw new IllegalArgumentException("'pathPattern' is required");
        }
        return Fault.builder()
                .method(text(json, "method"))
                .pathPattern(text(json, "pathPattern"))
                .status(integer(json, "status", 0))
                .retryAfter(text(json, "retryAfter"))
                .body(text(json, "body"))
                .contentType(text(json, "contentType"))
                .latency(Duration.ofMillis(integer(json, "latencyMs", 0)))
                .dropConnection(json.path("dropConnection").asBoolean(false))
                .times(integer(json, "times", 1))
                .build();
    }

    /** The fault as {@code POST /__admin/faults} takes it. */
    static ObjectNode write(Fault fault) {
        ObjectNode json = Json.object();
        json.put("method", fault.method());
        json.put("pathPattern", fault.pathPattern());
        json.put("status", fault.status());
        json.put("retryAfter", fault.retryAfter());
        json.put("body", fault.body());
        json.put("contentType", fault.contentType());
        json.put("latencyMs", fault.latency().toMillis());
        json.put("dropConnection", fault.dropConnection());
        json.put("times", fault.times());
        return json;
    }

    /** The fault and the uses it has left, as {@code GET /__admin/faults} lists it. */
    static ObjectNode write(Fault fault, int remaining) {
        ObjectNode json = write(fault);
        json.put("remaining", remaining);
        return json;
    }

    private static String text(JsonNode json, String name) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("'" + name + "' must be a string");
        }
        return value.asText();
    }

    private static int integer(JsonNode json, String name, int fallback) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException("'" + name + "' must be an integer");
        }
        return value.asInt();
    }
}
