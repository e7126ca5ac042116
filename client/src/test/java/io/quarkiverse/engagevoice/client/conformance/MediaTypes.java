package io.quarkiverse.engagevoice.client.conformance;

import java.util.Collection;
import java.util.Locale;

/** Media type comparison without a JAX-RS runtime: parameters ignored, {@code *} wildcards honoured. */
final class MediaTypes {

    /** What a MicroProfile Rest Client sends and accepts when the interface declares nothing. */
    static final String REST_CLIENT_DEFAULT = "application/json";

    private MediaTypes() {
    }

    static boolean anyCompatible(Collection<String> ours, Collection<String> theirs) {
        return ours.stream().anyMatch(a -> theirs.stream().anyMatch(b -> compatible(a, b)));
    }

    static boolean compatible(String a, String b) {
        String[] x = typeAndSubtype(a);
        String[] y = typeAndSubtype(b);
        return part(x[0], y[0]) && part(x[1], y[1]);
    }

    private static boolean part(String a, String b) {
        return a.equals("*") || b.equals("*") || a.equals(b);
    }

    private static String[] typeAndSubtype(String mediaType) {
        String bare = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        String[] parts = bare.split("/", 2);
        return parts.length == 2 ? parts : new String[] { parts[0], "*" };
    }
}
