package io.quarkiverse.engagevoice.mockserver.internal.http;

import java.util.Locale;
import java.util.Set;

/**
 * Method tunnelling from the conventions guide: a POST with {@code X-HTTP-Method-Override} or {@code ?_method=}
 * is handled as PUT, DELETE or PATCH. Both present with different values, or a value that is not one of those
 * three, is refused (400). Requests with another wire method are never tunnelled.
 */
public final class MethodOverride {

    public static final String HEADER = "X-HTTP-Method-Override";
    public static final String QUERY_PARAMETER = "_method";
    private static final Set<String> TUNNELLED = Set.of("PUT", "DELETE", "PATCH");

    private MethodOverride() {
    }

    /** The method to handle the request as; {@code refusal} is set when tunnelling must be answered with 400. */
    public record Decision(String effectiveMethod, String refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    public static Decision resolve(String wireMethod, String headerValue, String queryValue) {
        if (!wireMethod.equals("POST") || headerValue == null && queryValue == null) {
            return new Decision(wireMethod, null);
        }
        String header = normalise(headerValue);
        String query = normalise(queryValue);
        if (header != null && query != null && !header.equals(query)) {
            return new Decision(wireMethod, HEADER + " (" + header + ") and " + QUERY_PARAMETER + " (" + query
                    + ") name different methods");
        }
        String wanted = header != null ? header : query;
        if (!TUNNELLED.contains(wanted)) {
            return new Decision(wireMethod, "Only PUT, DELETE and PATCH can be tunnelled through POST, not "
                    + wanted);
        }
        return new Decision(wanted, null);
    }

    private static String normalise(String value) {
        return value == null ? null : value.trim().toUpperCase(Locale.ROOT);
    }
}
