package io.quarkiverse.engagevoice.mockserver.wire;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request as it arrived at the simulator.
 *
 * @param method the HTTP method on the wire
 * @param effectiveMethod the method after tunnelling ({@code X-HTTP-Method-Override} or {@code _method}); equal to
 *        {@code method} when nothing was tunnelled or the tunnelling was refused
 * @param path the raw path, still percent-encoded, exactly as received
 * @param query the raw query string (without {@code ?}), or {@code null} when there was none
 * @param queryParams the decoded query parameters, repeated keys kept in arrival order
 * @param headers the request headers; the map looks names up case-insensitively
 * @param body the body decoded as UTF-8 ({@code ""} when empty)
 * @param receivedAt arrival time on the simulator clock
 */
public record RecordedRequest(
        String method,
        String effectiveMethod,
        String path,
        String query,
        Map<String, List<String>> queryParams,
        Map<String, List<String>> headers,
        String body,
        Instant receivedAt) {

    /** The first value of a header, looked up case-insensitively, or {@code null}. */
    public String header(String name) {
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                return entry.getValue().get(0);
            }
        }
        return null;
    }

    /** The first value of a decoded query parameter, or {@code null}. */
    public String queryParam(String name) {
        List<String> values = queryParams.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
