package io.quarkiverse.engagevoice.client.auth;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Where a client keeps its token between renewals, so that several instances of an application (a fleet of cloud
 * functions, replicas behind a load balancer) can share one token instead of each logging in: the token exchange is
 * limited to 5 per minute per user, and refresh tokens are single-use (each refresh returns a new one and uses up the
 * one presented), so instances that kept their own tokens would throttle and invalidate each other.
 * <p>
 * The default is {@link InMemoryTokenStore}, one per client: nothing is shared.
 *
 * <h2>How the client uses it</h2>
 * Requests never touch the store: each client caches the current token in memory and reads it without locking.
 * Only when the token is due for renewal (or was rejected) does the client {@link #load load} the entry; if another
 * instance already stored a newer token that is not yet due, the client adopts it and makes no authentication call.
 * Otherwise it refreshes with the stored (newest) refresh token, or logs in, and writes the result with
 * {@link #compareAndSet compareAndSet}, expecting the entry it loaded. When that fails another instance won the
 * race: the client loads again and adopts the winner's token. A refresh that fails because another instance had used
 * the refresh token up falls back to a new login.
 *
 * <h2>A fleet: coordinated renewals</h2>
 * A store shared by many instances can also make the fleet renew once per token lifetime instead of once per
 * instance, and count logins fleet-wide. When {@link #coordinatesRenewals()} is {@code true} the client, before
 * renewing, takes the renewal lease ({@link #tryLease}, like {@code SET key NX PX lease}); the instance that gets it
 * renews and stores the token, then {@link #releaseLease releases} the lease; the others look into the store (every
 * tenth of the {@link #leaseTime() lease time}, at most 100 ms) until the new token is there and adopt it. A holder
 * that crashes loses its lease when it expires, and another instance renews. Before a login the client asks
 * {@link #acquireLoginPermit} whether the fleet may make one more (a sliding window counted in the store).
 * <p>
 * The default methods make no coordination: each instance renews on its own, as with the in-memory store.
 *
 * <h2>Implementing it</h2>
 * <ul>
 * <li>Serialise the {@link StoredToken} fields ({@code accessToken}, {@code refreshToken}, {@code scheme},
 * {@code obtainedAt} and {@code expiresAt} as epoch milliseconds, {@code accountId}); rebuild it with the public
 * constructor.</li>
 * <li>{@code compareAndSet} is atomic on the server: an entry matches {@code expected} when its {@code accessToken}
 * equals {@code expected.accessToken()} ({@code expected == null} matches only a missing entry). On Redis a Lua
 * script compares a fingerprint of the access token kept beside the value and sets the replacement. A key expiry of
 * a few hours (longer than a refresh token is useful) keeps abandoned entries from piling up.</li>
 * <li>Return stages of an asynchronous client: the calls may run on an event-loop thread and must not block, and
 * they must fail (time out) rather than hang when the store does not answer.</li>
 * <li>The entries are credentials: restrict access to the store, use TLS, encrypt the values, and never log them.
 * Use one key per set of credentials; the client derives a default key from the server and the login identity.</li>
 * </ul>
 * Implementations must be thread-safe. A stage that fails does not make the renewal fail: the client goes on with its
 * own token and state (one warning) and uses the store again once it answers.
 * <p>
 * The Quarkus extension has a Redis implementation, selected with {@code quarkus.engage-voice.token-store=redis}.
 */
public interface TokenStore {

    /** The entry under {@code key}, or empty. */
    CompletionStage<Optional<StoredToken>> load(String key);

    /**
     * Stores {@code replacement} under {@code key} if, atomically, the current entry has the access token of
     * {@code expected}, or there is no entry and {@code expected} is {@code null}.
     *
     * @return whether {@code replacement} was stored
     */
    CompletionStage<Boolean> compareAndSet(String key, StoredToken expected, StoredToken replacement);

    /** Whether instances renew under this store's lease and wait for each other's tokens; {@code false} by default. */
    default boolean coordinatesRenewals() {
        return false;
    }

    /** How long a renewal lease lasts when its holder neither stores a token nor releases it. */
    default Duration leaseTime() {
        return Duration.ZERO;
    }

    /**
     * Takes the renewal lease of {@code key} for {@code holder} if nobody holds it, for {@link #leaseTime()}.
     *
     * @return whether {@code holder} holds the lease now; always {@code true} by default
     */
    default CompletionStage<Boolean> tryLease(String key, String holder) {
        return CompletableFuture.completedStage(Boolean.TRUE);
    }

    /** Gives the renewal lease of {@code key} up, if {@code holder} still holds it. */
    default CompletionStage<Void> releaseLease(String key, String holder) {
        return CompletableFuture.completedStage(null);
    }

    /**
     * Counts one login of the identity behind {@code key} against a limit shared by every instance using the store.
     *
     * @return {@code -1} when the login may go ahead (and was counted), else the milliseconds until one may; always
     *         {@code -1} by default (each client keeps its own limit anyway)
     */
    default CompletionStage<Long> acquireLoginPermit(String key) {
        return CompletableFuture.completedStage(-1L);
    }
}
