package io.quarkiverse.engagevoice.mockserver.internal.routing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A path such as {@code /voice/api/v1/admin/accounts/{accountId}/agentGroups}. Matching works on raw segments: a
 * request path is split at {@code /} first and each segment decoded afterwards, so {@code %2F} stays inside its
 * segment. Empty segments (a trailing or doubled slash) never match.
 */
public final class PathTemplate {

    private final String text;
    private final List<String> segments;

    public PathTemplate(String text) {
        if (!text.startsWith("/")) {
            throw new IllegalArgumentException("template must start with /: " + text);
        }
        this.text = text;
        this.segments = List.of(text.substring(1).split("/", -1));
    }

    public String text() {
        return text;
    }

    /** The path parameters when the raw path matches. */
    public Optional<Map<String, String>> match(String rawPath) {
        if (!rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String[] parts = rawPath.substring(1).split("/", -1);
        if (parts.length != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String segment = segments.get(i);
            String value = decode(parts[i]);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            if (isVariable(segment)) {
                params.put(segment.substring(1, segment.length() - 1), value);
            } else if (!segment.equals(value)) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    /** Percent-decoding of a path segment: {@code +} is a literal plus here, unlike in queries. */
    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return segment;
        }
    }
}
