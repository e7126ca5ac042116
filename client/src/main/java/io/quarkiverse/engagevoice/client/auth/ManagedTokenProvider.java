package io.quarkiverse.engagevoice.client.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.quarkiverse.engagevoice.client.error.AuthenticationFailedException;
import io.quarkiverse.engagevoice.client.error.AuthenticationThrottledException;

/**
 * The token lifecycle of one client: obtains tokens through a {@link LoginFlow} and keeps them fresh.
 * <ul>
 * <li><b>Expiry</b> is read from the access token's JWT {@code exp} claim (else 5 minutes); the token is renewed
 * {@code refreshSkew} (default 60 s, at most half the token's lifetime) before it expires.</li>
 * <li><b>No waiting while a token is valid.</b> {@link #credential()} reads one volatile field and the clock and
 * returns an already completed stage: no lock, no allocation. Inside the skew window it still returns the valid token
 * and starts the renewal in the background. Only callers without a valid token wait, all for the same renewal.</li>
 * <li><b>One immutable state.</b> The token, the renewal in progress and every back-off live in one immutable
 * {@code Lifecycle} value that is replaced atomically, so no reader ever sees half of a change.</li>
 * <li><b>Single flight.</b> At most one refresh, exchange or login is in progress per provider; everyone who needs it
 * joins that one. With a {@link TokenStore} that {@link TokenStore#coordinatesRenewals() coordinates renewals} (a
 * store shared by a fleet), only the instance holding the store's renewal lease renews; the others wait for its
 * token in the store (at most a few lease times) and adopt it.</li>
 * <li><b>Refresh tokens rotate</b>: the newest one (from the {@link TokenStore}, or this provider's own when it is
 * newer) is always used; a failed refresh falls back to a new login (token exchange).</li>
 * <li><b>Logins are limited</b> to {@value #LOGINS_PER_MINUTE} per minute (a sliding window on the provider's clock,
 * and fleet-wide when the store {@link TokenStore#acquireLoginPermit counts logins}), the server's documented limit
 * for the token exchange; beyond it the renewal fails at once with an {@link AuthenticationThrottledException}. After
 * a {@code 429} from any authentication endpoint no authentication call is made for the {@code Retry-After} time
 * (60 s without one): renewals fail fast instead of hammering.</li>
 * <li><b>Refused credentials</b>: after a login answered {@code 401} (a wrong password, a refused JWT; not the token
 * exchange, whose 401 refuses a RingCentral token the next login replaces) no login is
 * attempted for a back-off that doubles with each refusal, from 1 minute up to 1 hour; meanwhile renewals fail at
 * once naming that refusal. A wrong password costs a handful of logins an hour, not hundreds.</li>
 * <li><b>Rejected tokens</b>: {@link #renew(AccessCredential)} (called on a {@code 401}) returns the newer token if
 * the rejected one was already replaced, else forces a renewal.</li>
 * <li><b>Shared tokens</b>: renewals go through the {@link TokenStore}, so that instances sharing a store adopt each
 * other's tokens instead of logging in. When the store fails, the provider goes on with its own token (one warning,
 * counted in {@link #storeFailures()}) and writes to the store again once it answers.</li>
 * </ul>
 * Logs (java.util.logging, logger {@code io.quarkiverse.engagevoice.client.auth}) and exception messages never
 * contain tokens, passwords, JWTs, client secrets or refresh tokens.
 */
public final class ManagedTokenProvider implements TokenProvider {

    /** The default time before expiry at which a token is renewed. */
    public static final Duration DEFAULT_REFRESH_SKEW = Duration.ofSeconds(60);
    /** Logins (token exchanges) allowed per minute, the server's documented limit for the exchange. */
    public static final int LOGINS_PER_MINUTE = 5;
    /** How long authentication calls stop after a {@code 429} without {@code Retry-After}. */
    public static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(60);
    /** The first pause of logins after the server refused the credentials; it doubles with each refusal. */
    public static final Duration FIRST_LOGIN_BACKOFF = Duration.ofMinutes(1);
    /** The longest pause of logins after refused credentials. */
    public static final Duration MAX_LOGIN_BACKOFF = Duration.ofHours(1);
    /** How long to wait before trying a renewal ahead of expiry again after one failed. */
    static final long RETRY_AHEAD_MILLIS = 5_000;
    /** How many lease times a waiting instance waits for the lease holder's token before giving up. */
    static final int LEASE_ROUNDS = 3;
    /** How often a waiting instance looks into the store, at most, in milliseconds. */
    static final long MAX_POLL_MILLIS = 100;

    private static final Logger LOG = Logger.getLogger(ManagedTokenProvider.class.getPackageName());
    private static final AtomicReferenceFieldUpdater<ManagedTokenProvider, Lifecycle> LIFECYCLE = AtomicReferenceFieldUpdater
            .newUpdater(ManagedTokenProvider.class, Lifecycle.class, "lifecycle");

    private final LoginFlow flow;
    private final TokenStore store;
    private final String storeKey;
    private final Clock clock;
    private final long skewMillis;
    /** Who this provider is when it holds the store's renewal lease. */
    private final String leaseHolder = UUID.randomUUID().toString();
    private final SlidingWindow logins = new SlidingWindow(LOGINS_PER_MINUTE, 60_000);
    /** The whole state, swapped with compare-and-set through {@link #LIFECYCLE} (a field: one load on the hot path). */
    private volatile Lifecycle lifecycle = Lifecycle.INITIAL;

    private final AtomicLong loginCount = new AtomicLong();
    private final AtomicLong refreshCount = new AtomicLong();
    private final AtomicLong failedRefreshCount = new AtomicLong();
    private final AtomicLong adoptedCount = new AtomicLong();
    private final AtomicLong throttledCount = new AtomicLong();
    private final AtomicLong storeFailureCount = new AtomicLong();

    /** A token with its precomputed times and completed stage, replaced as a whole. */
    private static final class TokenState {
        final StoredToken token;
        final AccessCredential credential;
        /** Shared by every caller while the token is current: completing or obtruding it is not allowed. */
        final CompletableFuture<AccessCredential> stage;
        final long refreshAt;
        final long expiresAt;

        TokenState(StoredToken token, long skewMillis) {
            this.token = token;
            this.credential = new AccessCredential(token.accessToken(), token.scheme(), token.expiresAt().orElse(null),
                    token.accountId().orElse(null));
            this.stage = CompletableFuture.completedFuture(credential);
            if (token.expiresAt().isEmpty()) {
                this.expiresAt = Long.MAX_VALUE;
                this.refreshAt = Long.MAX_VALUE;
            } else {
                this.expiresAt = token.expiresAt().get().toEpochMilli();
                long lifetime = Math.max(0, expiresAt - token.obtainedAt().toEpochMilli());
                this.refreshAt = expiresAt - Math.min(skewMillis, lifetime / 2);
            }
        }
    }

    /** The last refusal of the credentials by a login, and when the next login may be tried. */
    private record Refusal(AuthenticationFailedException cause, int times, long retryAt, long backoffMillis) {
    }

    /**
     * Everything that changes while the provider runs, in one immutable value swapped with compare-and-set:
     * <ul>
     * <li>{@code token}: the current token, or {@code null} before the first one
     * <li>{@code renewal}: the renewal in progress, or {@code null}
     * <li>{@code retryAheadAt}: no renewal ahead of expiry before this time (set after a failed renewal)
     * <li>{@code blockedUntil}: no authentication call before this time (set after a 429)
     * <li>{@code refusedRefreshToken}: a refresh token the server refused: not presented again, the next renewal logs in
     * <li>{@code refusal}: the last refusal of the credentials by a login, or {@code null} since the last successful login
     * <li>{@code lastFailure}: why the last authentication call failed (a message free of secrets), or {@code null} since
     * the last success
     * <li>{@code storeReachable}: whether the last call to the token store worked
     * </ul>
     */
    private static final class Lifecycle {

        static final Lifecycle INITIAL = new Lifecycle(null, null, 0, 0, null, null, null, true);

        final TokenState token;
        final CompletableFuture<TokenState> renewal;
        final long retryAheadAt;
        final long blockedUntil;
        final String refusedRefreshToken;
        final Refusal refusal;
        final String lastFailure;
        final boolean storeReachable;
        /** The token's times and stage, copied here so that a lookup reads this object only. */
        final long refreshAt;
        final long expiresAt;
        final CompletableFuture<AccessCredential> stage;

        Lifecycle(TokenState token, CompletableFuture<TokenState> renewal, long retryAheadAt, long blockedUntil,
                String refusedRefreshToken, Refusal refusal, String lastFailure, boolean storeReachable) {
            this.token = token;
            this.renewal = renewal;
            this.retryAheadAt = retryAheadAt;
            this.blockedUntil = blockedUntil;
            this.refusedRefreshToken = refusedRefreshToken;
            this.refusal = refusal;
            this.lastFailure = lastFailure;
            this.storeReachable = storeReachable;
            this.refreshAt = token == null ? Long.MIN_VALUE : token.refreshAt;
            this.expiresAt = token == null ? Long.MIN_VALUE : token.expiresAt;
            this.stage = token == null ? null : token.stage;
        }

        Lifecycle withRenewal(CompletableFuture<TokenState> r) {
            return new Lifecycle(token, r, retryAheadAt, blockedUntil, refusedRefreshToken, refusal, lastFailure,
                    storeReachable);
        }

        /** A renewal that succeeded: the new token, the back-offs of failures cleared. */
        Lifecycle renewed(TokenState t) {
            return new Lifecycle(t, null, 0, blockedUntil, refusedRefreshToken, refusal, null, storeReachable);
        }

        Lifecycle failed(long retryAhead) {
            return new Lifecycle(token, null, retryAhead, blockedUntil, refusedRefreshToken, refusal, lastFailure,
                    storeReachable);
        }

        Lifecycle lastFailure(String failure) {
            return new Lifecycle(token, renewal, retryAheadAt, blockedUntil, refusedRefreshToken, refusal, failure,
                    storeReachable);
        }

        Lifecycle blockedUntil(long until) {
            return new Lifecycle(token, renewal, retryAheadAt, until, refusedRefreshToken, refusal, lastFailure,
                    storeReachable);
        }

        Lifecycle refusedRefreshToken(String refused) {
            return new Lifecycle(token, renewal, retryAheadAt, blockedUntil, refused, refusal, lastFailure,
                    storeReachable);
        }

        Lifecycle refusal(Refusal r) {
            return new Lifecycle(token, renewal, retryAheadAt, blockedUntil, refusedRefreshToken, r, lastFailure,
                    storeReachable);
        }

        Lifecycle storeReachable(boolean reachable) {
            return new Lifecycle(token, renewal, retryAheadAt, blockedUntil, refusedRefreshToken, refusal, lastFailure,
                    reachable);
        }

        /** Never shows the tokens it holds. */
        @Override
        public String toString() {
            return "Lifecycle[token=" + (token == null ? "none" : "***") + ", renewing=" + (renewal != null)
                    + ", storeReachable=" + storeReachable + "]";
        }
    }

    /** How many authentication steps this provider took, for metrics and tests. */
    public record Statistics(long logins, long refreshes, long failedRefreshes, long adoptedFromStore, long throttled) {
    }

    private ManagedTokenProvider(Builder b) {
        this.flow = b.flow;
        this.store = b.store != null ? b.store : new InMemoryTokenStore();
        this.storeKey = b.storeKey != null ? b.storeKey
                : "engage-voice:" + LoginFlows.sha256(flow.name() + "|" + flow.identity()).substring(0, 32);
        this.clock = b.clock;
        this.skewMillis = b.refreshSkew.toMillis();
    }

    public static Builder builder(LoginFlow flow) {
        return new Builder(flow);
    }

    @Override
    public CompletionStage<AccessCredential> credential() {
        Lifecycle l = lifecycle;
        long now = clock.millis();
        if (now < l.refreshAt) {
            return l.stage;
        }
        if (now < l.expiresAt) {
            renewAhead(l.token, now);
            return l.stage;
        }
        return renewal(l.token, false).thenApply(r -> r.credential);
    }

    /**
     * Called when the server rejected {@code rejected} (a {@code 401}): joins a renewal in progress, returns the
     * current token if it is another one than {@code rejected} and has not expired, else forces a renewal.
     * {@code null} stands for the current token.
     */
    @Override
    public CompletionStage<AccessCredential> renew(AccessCredential rejected) {
        Lifecycle l = lifecycle;
        if (l.renewal != null) {
            return l.renewal.thenApply(r -> r.credential);
        }
        TokenState s = l.token;
        if (s != null && rejected != null && !s.credential.token().equals(rejected.token())
                && clock.millis() < s.expiresAt) {
            return s.stage;
        }
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine(flow.name() + ": the server rejected the token; renewing it");
        }
        return renewal(s, true).thenApply(r -> r.credential);
    }

    /** The renewal in progress, if any. */
    public Optional<CompletionStage<AccessCredential>> renewalInProgress() {
        CompletableFuture<TokenState> running = lifecycle.renewal;
        return running == null ? Optional.empty() : Optional.of(running.thenApply(r -> r.credential));
    }

    /** The token held now, valid or not, without starting anything. */
    public Optional<AccessCredential> currentCredential() {
        TokenState s = lifecycle.token;
        return s == null ? Optional.empty() : Optional.of(s.credential);
    }

    public Statistics statistics() {
        return new Statistics(loginCount.get(), refreshCount.get(), failedRefreshCount.get(), adoptedCount.get(),
                throttledCount.get());
    }

    /** How many calls to the {@link TokenStore} failed, after which the provider went on with its own token. */
    public long storeFailures() {
        return storeFailureCount.get();
    }

    public LoginFlow flow() {
        return flow;
    }

    /** The key of this provider's entry in the {@link TokenStore}. */
    public String tokenStoreKey() {
        return storeKey;
    }

    private Lifecycle update(UnaryOperator<Lifecycle> change) {
        return LIFECYCLE.updateAndGet(this, change);
    }

    private void renewAhead(TokenState s, long now) {
        Lifecycle l = lifecycle;
        if (l.renewal != null || now < l.retryAheadAt) {
            return;
        }
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine(flow.name() + ": renewing the token ahead of its expiry at " + Instant.ofEpochMilli(s.expiresAt));
        }
        renewal(s, false);
    }

    /** Joins the renewal in progress or starts one: the single flight. */
    private CompletableFuture<TokenState> renewal(TokenState basis, boolean forced) {
        while (true) {
            Lifecycle before = lifecycle;
            if (before.renewal != null) {
                return before.renewal;
            }
            CompletableFuture<TokenState> mine = new CompletableFuture<>();
            if (!LIFECYCLE.compareAndSet(this, before, before.withRenewal(mine))) {
                continue;
            }
            TokenState current = before.token;
            if (current != null && current != basis
                    && clock.millis() < (forced ? current.expiresAt : current.refreshAt)) {
                // another renewal finished between the caller's look and ours
                update(l -> l.renewal == mine ? l.withRenewal(null) : l);
                mine.complete(current);
                return mine;
            }
            CompletionStage<TokenState> work;
            try {
                work = renewNow(basis);
            } catch (RuntimeException e) {
                work = CompletableFuture.failedFuture(e);
            }
            work.whenComplete((result, error) -> finish(mine, result, error));
            return mine;
        }
    }

    private void finish(CompletableFuture<TokenState> mine, TokenState result, Throwable error) {
        if (error == null) {
            update(l -> l.renewal == mine ? l.renewed(result) : l.renewed(result).withRenewal(l.renewal));
            mine.complete(result);
            return;
        }
        Throwable t = Secrets.unwrap(error);
        long retryAhead = clock.millis() + Math.min(RETRY_AHEAD_MILLIS, Math.max(1, skewMillis / 2));
        update(l -> l.renewal == mine ? l.failed(retryAhead) : l.failed(retryAhead).withRenewal(l.renewal));
        if (LOG.isLoggable(Level.WARNING)) {
            LOG.warning(flow.name() + ": no token: " + describe(t));
        }
        mine.completeExceptionally(t);
    }

    /** Adopts a newer stored token, else renews (under the store's lease when it coordinates renewals). */
    private CompletionStage<TokenState> renewNow(TokenState basis) {
        return loadStored().thenCompose(stored -> {
            TokenState adopted = adoptable(stored, basis);
            if (adopted != null) {
                adoptedCount.incrementAndGet();
                log("adopted the token another instance stored", adopted);
                return CompletableFuture.completedFuture(adopted);
            }
            if (!store.coordinatesRenewals() || !lifecycle.storeReachable) {
                return renewFrom(stored, basis);
            }
            return underLease(basis, 1);
        });
    }

    /** A stored token this provider can take instead of renewing: another one than its own, and not yet due. */
    private TokenState adoptable(StoredToken stored, TokenState basis) {
        if (stored == null || (basis != null && stored.sameAccessToken(basis.token))) {
            return null;
        }
        TokenState candidate = new TokenState(stored, skewMillis);
        return clock.millis() < candidate.refreshAt ? candidate : null;
    }

    /**
     * The fleet's single flight: the holder of the store's lease renews; the others wait for its token in the store
     * and adopt it, or take the lease once it expired (its holder crashed or hangs).
     */
    private CompletionStage<TokenState> underLease(TokenState basis, int round) {
        return tryLease().thenCompose(granted -> {
            if (granted) {
                // the previous holder may have stored its token between our first look and the lease
                CompletionStage<TokenState> work = loadStored().thenCompose(stored -> {
                    TokenState adopted = adoptable(stored, basis);
                    if (adopted != null) {
                        adoptedCount.incrementAndGet();
                        log("adopted the token the previous lease holder stored", adopted);
                        return CompletableFuture.completedFuture(adopted);
                    }
                    return renewFrom(stored, basis);
                });
                return work.whenComplete((result, error) -> releaseLease());
            }
            long leaseMillis = Math.max(1, store.leaseTime().toMillis());
            long pollMillis = Math.max(1, Math.min(MAX_POLL_MILLIS, leaseMillis / 10));
            return awaitWinner(basis, pollMillis, (int) Math.max(1, leaseMillis / pollMillis)).thenCompose(winner -> {
                if (winner != null) {
                    adoptedCount.incrementAndGet();
                    log("adopted the token of the instance that held the renewal lease", winner);
                    return CompletableFuture.completedFuture(winner);
                }
                if (round >= LEASE_ROUNDS) {
                    return CompletableFuture.failedFuture(AuthenticationFailedException.builder(flow.name(), "token renewal")
                            .problem("another instance holds the token store's renewal lease and stored no new token"
                                    + " within " + LEASE_ROUNDS + " lease times of " + leaseMillis + " ms")
                            .build());
                }
                return underLease(basis, round + 1);
            });
        });
    }

    /** Looks into the store every {@code pollMillis}, up to {@code polls} times, for a token to adopt. */
    private CompletionStage<TokenState> awaitWinner(TokenState basis, long pollMillis, int polls) {
        if (polls <= 0) {
            return CompletableFuture.completedFuture(null);
        }
        Executor later = CompletableFuture.delayedExecutor(pollMillis, TimeUnit.MILLISECONDS);
        return CompletableFuture.runAsync(() -> {
        }, later).thenCompose(x -> loadStored()).thenCompose(stored -> {
            TokenState winner = adoptable(stored, basis);
            return winner != null ? CompletableFuture.completedFuture(winner) : awaitWinner(basis, pollMillis, polls - 1);
        });
    }

    /** Refreshes with the newest refresh token (the stored one, or ours when it is newer), else logs in. */
    private CompletionStage<TokenState> renewFrom(StoredToken stored, TokenState basis) {
        StoredToken own = basis == null ? null : basis.token;
        StoredToken newest = stored == null ? own
                : own != null && own.obtainedAt().isAfter(stored.obtainedAt()) ? own : stored;
        if (newest != null && flow.canRefresh(newest)
                && !newest.refreshToken().orElse("").equals(lifecycle.refusedRefreshToken)) {
            return refresh(newest, stored);
        }
        return login(stored);
    }

    private CompletionStage<TokenState> refresh(StoredToken newest, StoredToken expected) {
        AuthenticationThrottledException blocked = blocked("token refresh");
        if (blocked != null) {
            return CompletableFuture.failedFuture(blocked);
        }
        refreshCount.incrementAndGet();
        CompletionStage<StoredToken> refreshed;
        try {
            refreshed = flow.refresh(newest);
        } catch (RuntimeException e) {
            refreshed = CompletableFuture.failedFuture(e);
        }
        return refreshed.handle((token, error) -> {
            if (error == null) {
                return save(expected, token, "refresh");
            }
            failedRefreshCount.incrementAndGet();
            Throwable t = Secrets.unwrap(error);
            String failure = describe(t);
            update(l -> l.lastFailure(failure));
            if (t instanceof AuthenticationFailedException refused && (refused.status() == 400 || refused.status() == 401)) {
                String refusedToken = newest.refreshToken().orElse(null);
                update(l -> l.refusedRefreshToken(refusedToken));
            }
            if (t instanceof AuthenticationThrottledException throttled) {
                noteThrottle(throttled);
                return CompletableFuture.<TokenState> failedFuture(t);
            }
            if (LOG.isLoggable(Level.INFO)) {
                LOG.info(flow.name() + ": the token refresh failed (" + describe(t) + "); logging in again");
            }
            return login(expected);
        }).thenCompose(s -> s);
    }

    private CompletionStage<TokenState> login(StoredToken expected) {
        AuthenticationThrottledException blocked = blocked("login");
        if (blocked != null) {
            return CompletableFuture.failedFuture(blocked);
        }
        AuthenticationFailedException refused = refusedCredentials();
        if (refused != null) {
            return CompletableFuture.failedFuture(refused);
        }
        long wait = logins.tryAcquire(clock.millis());
        if (wait >= 0) {
            return CompletableFuture.failedFuture(loginLimit(wait, "the client, which makes at most "
                    + LOGINS_PER_MINUTE + " logins (token exchanges) per minute, the server's limit"));
        }
        return fleetLoginPermit().thenCompose(fleetWait -> {
            if (fleetWait >= 0) {
                return CompletableFuture.<TokenState> failedFuture(loginLimit(fleetWait, "the fleet, whose instances"
                        + " share the limit of logins (token exchanges) per minute through the token store"));
            }
            return loginNow(expected);
        });
    }

    private CompletionStage<TokenState> loginNow(StoredToken expected) {
        loginCount.incrementAndGet();
        CompletionStage<StoredToken> loggedIn;
        try {
            loggedIn = flow.login();
        } catch (RuntimeException e) {
            loggedIn = CompletableFuture.failedFuture(e);
        }
        return loggedIn.handle((token, error) -> {
            if (error == null) {
                update(l -> l.refusal(null));
                return save(expected, token, "login");
            }
            Throwable t = Secrets.unwrap(error);
            String failure = describe(t);
            update(l -> l.lastFailure(failure));
            if (t instanceof AuthenticationThrottledException throttled) {
                noteThrottle(throttled);
            } else if (t instanceof AuthenticationFailedException failed && refusesCredentials(failed)) {
                noteRefusal(failed);
            }
            return CompletableFuture.<TokenState> failedFuture(t);
        }).thenCompose(s -> s);
    }

    /** Writes the new token unless another instance stored one meanwhile, which is then adopted. */
    private CompletionStage<TokenState> save(StoredToken expected, StoredToken token, String how) {
        return guarded(() -> store.compareAndSet(storeKey, expected, token), Boolean.TRUE).thenCompose(stored -> {
            if (Boolean.TRUE.equals(stored)) {
                TokenState s = new TokenState(token, skewMillis);
                log("new token by " + how, s);
                return CompletableFuture.completedFuture(s);
            }
            return loadStored().thenApply(winner -> {
                if (winner != null) {
                    TokenState w = new TokenState(winner, skewMillis);
                    if (clock.millis() < w.refreshAt) {
                        adoptedCount.incrementAndGet();
                        log("another instance stored a token first; adopted it", w);
                        return w;
                    }
                }
                guarded(() -> store.compareAndSet(storeKey, winner, token), Boolean.FALSE);
                TokenState s = new TokenState(token, skewMillis);
                log("new token by " + how, s);
                return s;
            });
        });
    }

    private CompletionStage<StoredToken> loadStored() {
        return guarded(() -> store.load(storeKey), Optional.<StoredToken> empty())
                .thenApply(loaded -> loaded == null ? null : loaded.orElse(null));
    }

    /** Takes the store's renewal lease; a store that fails grants it (this provider renews on its own). */
    private CompletionStage<Boolean> tryLease() {
        return guarded(() -> store.tryLease(storeKey, leaseHolder), Boolean.TRUE).thenApply(Boolean.TRUE::equals);
    }

    private void releaseLease() {
        guarded(() -> store.releaseLease(storeKey, leaseHolder), null);
    }

    /** -1 when the fleet may log in now, else milliseconds until it may; -1 too when the store fails. */
    private CompletionStage<Long> fleetLoginPermit() {
        return guarded(() -> store.acquireLoginPermit(storeKey), -1L).thenApply(w -> w == null ? -1L : w);
    }

    /**
     * The store's answer, or {@code fallback} when the store fails (the provider goes on with its own state): one
     * warning when the store stops answering, one note when it answers again.
     */
    private <T> CompletionStage<T> guarded(Supplier<CompletionStage<T>> call, T fallback) {
        CompletionStage<T> safe;
        try {
            CompletionStage<T> stage = call.get();
            safe = stage == null ? CompletableFuture.completedFuture(fallback) : stage;
        } catch (RuntimeException e) {
            safe = CompletableFuture.failedFuture(e);
        }
        return safe.handle((value, error) -> {
            boolean reachable = error == null;
            Lifecycle before = LIFECYCLE.getAndUpdate(this,
                    l -> l.storeReachable == reachable ? l : l.storeReachable(reachable));
            if (!reachable) {
                storeFailureCount.incrementAndGet();
                if (before.storeReachable && LOG.isLoggable(Level.WARNING)) {
                    LOG.warning(flow.name() + ": the token store failed (" + Secrets.unwrap(error).getClass().getName()
                            + "); renewing tokens on this instance's own state until it answers again");
                }
                return fallback;
            }
            if (!before.storeReachable && LOG.isLoggable(Level.INFO)) {
                LOG.info(flow.name() + ": the token store answers again");
            }
            return value;
        });
    }

    private AuthenticationThrottledException blocked(String step) {
        long until = lifecycle.blockedUntil;
        long now = clock.millis();
        if (now >= until) {
            return null;
        }
        throttledCount.incrementAndGet();
        long seconds = (until - now + 999) / 1000;
        return AuthenticationFailedException.builder(flow.name(), step).retryAfterSeconds(seconds)
                .problem("held back by the client, which backs off after the server answered 429 Too Many Requests;"
                        + " next attempt in " + seconds + " s" + lastFailure())
                .throttled();
    }

    private AuthenticationThrottledException loginLimit(long waitMillis, String who) {
        throttledCount.incrementAndGet();
        long seconds = (waitMillis + 999) / 1000;
        return AuthenticationFailedException.builder(flow.name(), "login").retryAfterSeconds(seconds)
                .problem("held back by " + who + "; next possible in " + seconds + " s" + lastFailure())
                .throttled();
    }

    /** The held-back failure while the credentials' last refusal is recent, else {@code null}. */
    private AuthenticationFailedException refusedCredentials() {
        Refusal r = lifecycle.refusal;
        long now = clock.millis();
        if (r == null || now >= r.retryAt) {
            return null;
        }
        long seconds = (r.retryAt - now + 999) / 1000;
        return AuthenticationFailedException.builder(flow.name(), "login").retryAfterSeconds(seconds)
                .problem("held back by the client, which pauses logins after the server refused the credentials ("
                        + r.times + (r.times == 1 ? " time" : " times") + ", pausing " + r.backoffMillis / 60_000
                        + " min); next login in " + seconds + " s; last refusal: " + r.cause.getMessage())
                .cause(r.cause)
                .build();
    }

    /**
     * Whether a login failure says the configured credentials are wrong: a 401 from a step that presents them. A 401
     * from the token exchange is not: it refuses the RingCentral token the client just obtained, which the next
     * login replaces.
     */
    private static boolean refusesCredentials(AuthenticationFailedException failure) {
        return failure.status() == 401 && !"token exchange".equals(failure.step());
    }

    private void noteRefusal(AuthenticationFailedException cause) {
        long now = clock.millis();
        update(l -> {
            int times = l.refusal == null ? 1 : l.refusal.times + 1;
            long backoff = Math.min(MAX_LOGIN_BACKOFF.toMillis(),
                    FIRST_LOGIN_BACKOFF.toMillis() << Math.min(times - 1, 20));
            return l.refusal(new Refusal(cause, times, now + backoff, backoff));
        });
        if (LOG.isLoggable(Level.WARNING)) {
            Refusal r = lifecycle.refusal;
            LOG.warning(flow.name() + ": the server refused the credentials (" + r.times + (r.times == 1 ? " time" : " times")
                    + "); no login for " + r.backoffMillis / 60_000 + " min");
        }
    }

    private void noteThrottle(AuthenticationThrottledException e) {
        if (e.refusedByServer()) {
            long backoff = e.retryAfter().orElse(DEFAULT_BACKOFF).toMillis();
            long until = clock.millis() + Math.max(1000, backoff);
            update(l -> l.blockedUntil(until));
        }
    }

    /** {@code "; last failure: ..."} naming why the last authentication call failed, or nothing. */
    private String lastFailure() {
        String last = lifecycle.lastFailure;
        return last == null ? "" : "; last failure: " + last;
    }

    private void log(String what, TokenState s) {
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine(flow.name() + ": " + what + "; expires "
                    + (s.expiresAt == Long.MAX_VALUE ? "when rejected"
                            : "at " + Instant.ofEpochMilli(s.expiresAt)
                                    + ", renewed from " + Instant.ofEpochMilli(s.refreshAt))
                    + (s.credential.accountId().isPresent() ? ", account " + s.credential.accountId().get() : ""));
        }
    }

    private static String describe(Throwable t) {
        // messages of the client's own exceptions hold no secrets; of others only the type is shown
        return t instanceof AuthenticationFailedException || t instanceof Secrets.MaskedCause ? t.getMessage()
                : t.getClass().getName();
    }

    @Override
    public String toString() {
        TokenState s = lifecycle.token;
        return "ManagedTokenProvider[" + flow.name() + ", " + (s == null ? "no token"
                : "token=***, expires " + (s.expiresAt == Long.MAX_VALUE ? "when rejected" : Instant.ofEpochMilli(s.expiresAt)))
                + "]";
    }

    /** Builds a {@link ManagedTokenProvider}. */
    public static final class Builder {
        private final LoginFlow flow;
        private TokenStore store;
        private String storeKey;
        private Clock clock = Clock.systemUTC();
        private Duration refreshSkew = DEFAULT_REFRESH_SKEW;

        private Builder(LoginFlow flow) {
            this.flow = Objects.requireNonNull(flow, "flow");
        }

        /** Where tokens are kept between renewals; by default a new {@link InMemoryTokenStore}. */
        public Builder tokenStore(TokenStore store) {
            this.store = store;
            return this;
        }

        /** The key of the entry in the store; by default derived from the flow's name and identity. */
        public Builder tokenStoreKey(String key) {
            this.storeKey = key == null || key.isBlank() ? null : key;
            return this;
        }

        /** The clock that decides expiry and rate limits. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How long before expiry a token is renewed (at most half its lifetime is used). */
        public Builder refreshSkew(Duration skew) {
            if (skew == null || skew.isNegative()) {
                throw new IllegalArgumentException("refreshSkew must be zero or positive");
            }
            this.refreshSkew = skew;
            return this;
        }

        public ManagedTokenProvider build() {
            return new ManagedTokenProvider(this);
        }
    }
}
