package io.quarkiverse.engagevoice.client.internal;

import io.quarkiverse.engagevoice.client.auth.AccessCredential;

/**
 * The header value of the credential last sent, kept so that requests carrying the same cached credential (all of
 * them while a token is valid) reuse one string instead of building {@code "Bearer " + token} each time. Thread-safe:
 * the pair is replaced as a whole, and a stale read only costs one rebuild.
 */
public final class CredentialHeader {

    private volatile Entry last;

    /** {@code Bearer <token>} or the bare token for {@code X-Auth-Token}. */
    public String value(AccessCredential credential) {
        Entry e = last;
        if (e != null && e.credential == credential) {
            return e.value;
        }
        String value = switch (credential.scheme()) {
            case BEARER -> "Bearer " + credential.token();
            case X_AUTH_TOKEN -> credential.token();
        };
        last = new Entry(credential, value);
        return value;
    }

    private record Entry(AccessCredential credential, String value) {
    }
}
