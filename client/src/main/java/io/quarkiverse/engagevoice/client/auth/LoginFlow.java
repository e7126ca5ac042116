package io.quarkiverse.engagevoice.client.auth;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One way of obtaining tokens, driven by a {@link ManagedTokenProvider}, which decides when to log in or refresh,
 * makes sure only one of them runs at a time, limits logins and keeps the result. The built-in flows are made by
 * {@link LoginFlows}.
 * <p>
 * Implementations must not block: return stages of asynchronous HTTP calls. Their failures should be
 * {@link io.quarkiverse.engagevoice.client.error.AuthenticationFailedException}s (or
 * {@link io.quarkiverse.engagevoice.client.error.AuthenticationThrottledException} for a {@code 429}) whose messages
 * hold no secret, and they must not log secrets either.
 */
public interface LoginFlow {

    /** A short human name, such as {@code RingCentral JWT}, used in messages and logs. */
    String name();

    /**
     * A value that tells apart the identities this flow logs in as (for example the server and user name), used
     * hashed as the default {@link TokenStore} key. It may be derived from secrets only through a one-way hash.
     */
    String identity();

    /** A full login (or token exchange). Counted against the limit of 5 per minute. */
    CompletionStage<StoredToken> login();

    /** Whether {@link #refresh} can renew {@code token}. */
    default boolean canRefresh(StoredToken token) {
        return false;
    }

    /**
     * Renews {@code token} with its refresh token; the result carries the new refresh token (they rotate). A failure
     * makes the provider fall back to {@link #login()}, unless it is a
     * {@link io.quarkiverse.engagevoice.client.error.AuthenticationThrottledException}.
     */
    default CompletionStage<StoredToken> refresh(StoredToken token) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException(name() + " cannot refresh tokens"));
    }
}
