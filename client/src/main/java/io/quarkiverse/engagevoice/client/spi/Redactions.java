package io.quarkiverse.engagevoice.client.spi;

import io.quarkiverse.engagevoice.client.internal.http.Redaction;

/** The client's redaction of secrets, for a runtime's request logging. */
public final class Redactions {

    /** What replaces a secret. */
    public static final String MASK = Redaction.MASK;

    private Redactions() {
    }

    /** Whether a header carries a secret (Authorization, X-Auth-Token, cookies...). */
    public static boolean isSecretHeader(String name) {
        return Redaction.isSecretHeader(name);
    }

    /** The URI with the values of secret query parameters and token path segments masked. */
    public static String uri(String uri) {
        return Redaction.uri(uri);
    }

    /** The body with the values of secret fields masked. */
    public static String body(String body) {
        return Redaction.body(body);
    }
}
