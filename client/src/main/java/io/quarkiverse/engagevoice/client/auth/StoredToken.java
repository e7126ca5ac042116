package io.quarkiverse.engagevoice.client.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a login, token exchange or refresh produced, as the {@link TokenStore} keeps it: the access token, the
 * refresh token that goes with it (the newest one: refresh tokens rotate), how the token is sent, when it was
 * obtained and when it expires, and the account it belongs to.
 * <p>
 * It holds secrets: {@link #toString()} never shows them, and a store that writes it somewhere must protect it.
 * Two instances are {@link #equals equal} when all their fields are; a {@link TokenStore} compares entries by
 * {@link #accessToken()}, which each grant makes unique.
 */
public final class StoredToken {

    /** How long an access token is taken to live when it says nothing about its expiry. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

    private final String accessToken;
    private final String refreshToken;
    private final AuthScheme scheme;
    private final Instant obtainedAt;
    private final Instant expiresAt;
    private final String accountId;

    /**
     * @param accessToken the token to send, not empty
     * @param refreshToken the refresh token to use next, {@code null} when there is none
     * @param scheme how the access token is sent
     * @param obtainedAt when the token was received
     * @param expiresAt when it stops working, {@code null} when it does not expire or is unknown
     * @param accountId the Engage account the token works on, {@code null} when unknown
     */
    public StoredToken(String accessToken, String refreshToken, AuthScheme scheme, Instant obtainedAt, Instant expiresAt,
            String accountId) {
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("accessToken must not be empty");
        }
        this.accessToken = accessToken;
        this.refreshToken = refreshToken == null || refreshToken.isBlank() ? null : refreshToken;
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.obtainedAt = Objects.requireNonNull(obtainedAt, "obtainedAt");
        this.expiresAt = expiresAt;
        this.accountId = accountId == null || accountId.isBlank() ? null : accountId;
    }

    /**
     * A bearer access token of a current server, whose expiry is read from its JWT {@code exp} claim (not verified),
     * else taken as {@link #DEFAULT_LIFETIME} after {@code now}. When the claim lies in the past of {@code now} (the
     * clocks of client and server disagree) the token's own lifetime ({@code exp - iat}) counts from {@code now}.
     */
    public static StoredToken bearer(String accessToken, String refreshToken, String accountId, Instant now) {
        return new StoredToken(accessToken, refreshToken, AuthScheme.BEARER, now, Jwt.expiry(accessToken, now),
                accountId);
    }

    /** The secret access token. Do not log it. */
    public String accessToken() {
        return accessToken;
    }

    /** The secret refresh token, the newest one. Do not log it. */
    public Optional<String> refreshToken() {
        return Optional.ofNullable(refreshToken);
    }

    public AuthScheme scheme() {
        return scheme;
    }

    public Instant obtainedAt() {
        return obtainedAt;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public Optional<String> accountId() {
        return Optional.ofNullable(accountId);
    }

    /** The same token with another refresh token (as a refresh answer without one keeps the previous). */
    StoredToken withRefreshToken(String refreshToken) {
        return new StoredToken(accessToken, refreshToken, scheme, obtainedAt, expiresAt, accountId);
    }

    StoredToken withAccountId(String accountId) {
        return new StoredToken(accessToken, refreshToken, scheme, obtainedAt, expiresAt, accountId);
    }

    /** Whether both hold the same access token: the identity a {@link TokenStore} compares. */
    public boolean sameAccessToken(StoredToken other) {
        return other != null && accessToken.equals(other.accessToken);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredToken t && accessToken.equals(t.accessToken) && Objects.equals(refreshToken, t.refreshToken)
                && scheme == t.scheme && obtainedAt.equals(t.obtainedAt) && Objects.equals(expiresAt, t.expiresAt)
                && Objects.equals(accountId, t.accountId);
    }

    @Override
    public int hashCode() {
        return accessToken.hashCode();
    }

    @Override
    public String toString() {
        return "StoredToken[scheme=" + scheme + ", accessToken=***, refreshToken=" + (refreshToken == null ? "none" : "***")
                + ", obtainedAt=" + obtainedAt + ", expiresAt=" + expiresAt + ", accountId=" + accountId + "]";
    }
}
