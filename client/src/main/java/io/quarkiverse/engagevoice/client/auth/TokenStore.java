package io.quarkiverse.engagevoice.client.auth;

import java.util.Optional;
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
 * <h2>Implementing it, for example on Redis</h2>
 * <ul>
 * <li>Serialise the {@link StoredToken} fields (for example as a JSON object or a Redis hash: {@code accessToken},
 * {@code refreshToken}, {@code scheme}, {@code obtainedAt} and {@code expiresAt} as epoch milliseconds,
 * {@code accountId}); rebuild it with the public constructor.</li>
 * <li>{@code load}: {@code GET key}, absent when there is no entry.</li>
 * <li>{@code compareAndSet}: atomically, on the server: an entry matches {@code expected} when its
 * {@code accessToken} equals {@code expected.accessToken()} ({@code expected == null} matches only a missing entry).
 * On Redis use a Lua script ({@code EVAL}) that reads the entry, compares the access token and {@code SET}s the
 * replacement, returning 1 or 0; or {@code WATCH key}, {@code GET}, compare, {@code MULTI}/{@code SET}/{@code EXEC}
 * (a {@code nil} result of {@code EXEC} means {@code false}). A key expiry of a few hours (longer than a refresh
 * token is useful) keeps abandoned entries from piling up.</li>
 * <li>Return stages of the asynchronous Redis client (Vert.x, Lettuce, Quarkus' reactive Redis client): the calls
 * may run on an event-loop thread and must not block.</li>
 * <li>The entries are credentials: restrict access to the store, use TLS, consider encrypting values, and never log
 * them. Use one key per set of credentials; the client derives a default key from the server and the login
 * identity.</li>
 * </ul>
 * Implementations must be thread-safe. A stage that fails makes the renewal fail (the client does not fall back to
 * working without the store).
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
}
