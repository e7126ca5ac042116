package io.quarkiverse.engagevoice.client.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A token to send and how to send it. Its {@link #toString()} never shows the token.
 */
public final class AccessCredential {

    private final String token;
    private final AuthScheme scheme;
    private final Instant expiresAt;
    private final String accountId;

    /**
     * @param token the secret value
     * @param scheme how the token is sent
     * @param expiresAt when the token stops working, {@code null} when it does not expire or is unknown
     * @param accountId the Engage account the token belongs to, {@code null} when unknown
     */
    public AccessCredential(String token, AuthScheme scheme, Instant expiresAt, String accountId) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("token must not be empty");
        }
        this.token = token;
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.expiresAt = expiresAt;
        this.accountId = accountId;
    }

    /** The secret token. Do not log it. */
    public String token() {
        return token;
    }

    public AuthScheme scheme() {
        return scheme;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public Optional<String> accountId() {
        return Optional.ofNullable(accountId);
    }

    /** Whether the credential is still usable at {@code now}, keeping {@code skewSeconds} in hand. */
    public boolean isValidAt(Instant now, long skewSeconds) {
        return expiresAt == null || now.plusSeconds(skewSeconds).isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "AccessCredential[scheme=" + scheme + ", token=***, expiresAt=" + expiresAt + ", accountId=" + accountId
                + "]";
    }
}
