package io.quarkiverse.engagevoice.mockserver.internal.routing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.json.Json;
import io.quarkiverse.engagevoice.mockserver.internal.model.Principal;

/** One request as endpoints see it: effective method, decoded parameters, body, caller. */
public final class ApiRequest {

    private final String method;
    private final String rawPath;
    private final QueryParams query;
    private final Map<String, List<String>> headers;
    private final String body;
    private final Instant now;
    private Map<String, String> pathParams = Map.of();
    private Principal principal;

    public ApiRequest(String method, String rawPath, QueryParams query, Map<String, List<String>> headers, String body,
            Instant now) {
        this.method = method;
        this.rawPath = rawPath;
        this.query = query;
        this.headers = headers;
        this.body = body == null ? "" : body;
        this.now = now;
    }

    public String method() {
        return method;
    }

    public String rawPath() {
        return rawPath;
    }

    public Instant now() {
        return now;
    }

    public String body() {
        return body;
    }

    public QueryParams query() {
        return query;
    }

    /** First value of a header (case-insensitive), or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name);
        if (values == null) {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    values = entry.getValue();
                }
            }
        }
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    void pathParams(Map<String, String> params) {
        this.pathParams = params;
    }

    public void principal(Principal principal) {
        this.principal = principal;
    }

    public Principal principal() {
        if (principal == null) {
            throw new IllegalStateException("endpoint needs authentication but its route is public");
        }
        return principal;
    }

    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("no path parameter " + name);
        }
        return value;
    }

    /** An int32 path parameter; anything else is a 400, as a typed Spring path variable would be. */
    public int intPathParam(String name) {
        String value = pathParam(name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(name, "must be an integer", value);
        }
    }

    public String queryParam(String name) {
        return query.first(name);
    }

    /** An optional int32 query parameter. */
    public Integer intQueryParam(String name) {
        String value = query.first(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(name, "must be an integer", value);
        }
    }

    /** An optional boolean query parameter ({@code true}/{@code false}, any case). */
    public boolean boolQueryParam(String name, boolean fallback) {
        String value = query.first(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalidField(name, "must be true or false", value);
        };
    }

    /** The body as JSON; a 400 when it is empty or not JSON. */
    public JsonNode jsonBody() {
        if (body.isBlank()) {
            throw ApiException.badRequest("Required request body is missing");
        }
        return Json.parse(body).orElseThrow(() -> ApiException.badRequest("Malformed JSON request body"));
    }

    /** The body as a JSON object; a 400 otherwise. */
    public ObjectNode jsonObjectBody() {
        JsonNode node = jsonBody();
        if (!node.isObject()) {
            throw ApiException.badRequest("The request body must be a JSON object");
        }
        return (ObjectNode) node;
    }

    /**
     * The body as an {@code application/x-www-form-urlencoded} form; empty when the request declares another
     * media type, so that a client sending JSON or query parameters where the API wants a form is noticed.
     */
    public QueryParams form() {
        String contentType = header("Content-Type");
        if (contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return QueryParams.empty();
        }
        return QueryParams.parse(body);
    }
}
