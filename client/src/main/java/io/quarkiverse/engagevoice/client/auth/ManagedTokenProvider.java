package io.quarkiverse.engagevoice.client.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.quarkiverse.engagevoice.client.error.AuthenticationFailedException;
import io.quarkiverse.engagevoice.client.error.AuthenticationThrottledException;

/**
 * The token lifecycle of one client: obtains tokens through a {@link LoginFlow} and keeps them fresh.
 * <ul>
 * <li><b>Expiry</b> is read from the access token's JWT {@code exp} claim (else 5 minutes); the token is renewed
 * {@code refreshSkew} (default 60 s, at most half the token's lifetime) before it expires.</li>
 * <li><b>No waiting while a token is valid.</b> {@link #credential()} reads a volatile field and the clock and returns
 * an already completed stage: no lock, no allocation. Inside the skew window it still returns the valid token and
 * starts the renewal in the background. Only callers without a valid token wait, all for the same renewal.</li>
 * <li><b>Single flight.</b> At most one refresh, exchange or login is in progress per provider; everyone who needs it
 * joins that one.</li>
 * <li><b>Refresh tokens rotate</b>: the newest one (from the {@link TokenStore}) is always used; a failed refresh
 * falls back to a new login (token exchange).</li>
 * <li><b>Logins are limited</b> to {@value #LOGINS_PER_MINUTE} per minute (a sliding window on the provider's clock),
 * the server's documented limit for the token exchange; beyond it the renewal fails at once with an
 * {@link AuthenticationThrottledException}. After a {@code 429} from any authentication endpoint no authentication
 * call is made for the {@code Retry-After} time (60 s without one): renewals fail fast instead of hammering.</li>
 * <li><b>Rejected tokens</b>: {@link #renew(AccessCredential)} (called on a {@code 401}) returns the newer token if
 * the rejected one was already replaced, else forces a renewal.</li>
 * <li><b>Shared tokens</b>: renewals go through the {@link TokenStore}, so that instances sharing a store adopt each
 * other's tokens instead of logging in.</li>
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
    /** How long to wait before trying a renewal ahead of expiry again after one failed. */
    static final long RETRY_AHEAD_MILLIS = 5_000;

    private static final Logger LOG = Logger.getLogger(ManagedTokenProvider.class.getPackageName());

    private final LoginFlow flow;
    private final TokenStore store;
    private final String storeKey;
    private final Clock clock;
    private final long skewMillis;
    private final SlidingWindow logins = new SlidingWindow(LOGINS_PER_MINUTE, 60_000);
    private final AtomicReference<CompletableFuture<State>> inflight = new AtomicReference<>();
    private volatile State state;
    /** No renewal ahead of expiry before this time (set after a failed renewal). */
    private volatile long retryAheadAt;
    /** No authentication call before this time (set after a 429). */
    private volatile long blockedUntil;
    /** A refresh token the server refused: not presented again, the next renewal logs in. */
    private volatile String refusedRefreshToken;

    private final AtomicLong loginCount = new AtomicLong();
    private final AtomicLong refreshCount = new AtomicLong();
    private final AtomicLong failedRefreshCount = new AtomicLong();
    private final AtomicLong adoptedCount = new AtomicLong();
    private final AtomicLong throttledCount = new AtomicLong();

    /** A token with its precomputed times and completed stage, replaced as a whole. */
    private static final class State {
        final StoredToken token;
        final AccessCredential credential;
        /** Shared by every caller while the token is current: completing or obtruding it is not allowed. */
        final CompletableFuture<AccessCredential> stage;
        final long refreshAt;
        final long expiresAt;

        State(StoredToken token, long skewMillis) {
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
        State s = state;
        if (s != null) {
            long now = clock.millis();
            if (now < s.refreshAt) {
                return s.stage;
            }
            if (now < s.expiresAt) {
                renewAhead(s, now);
                return s.stage;
            }
        }
        return renewal(s, false).thenApply(r -> r.credential);
    }

    /**
     * Called when the server rejected {@code rejected} (a {@code 401}): joins a renewal in progress, returns the
     * current token if it is another one than {@code rejected} and has not expired, else forces a renewal.
     * {@code null} stands for the current token.
     */
    @Override
    public CompletionStage<AccessCredential> renew(AccessCredential rejected) {
        CompletableFuture<State> running = inflight.get();
        if (running != null) {
            return running.thenApply(r -> r.credential);
        }
        State s = state;
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
        CompletableFuture<State> running = inflight.get();
        return running == null ? Optional.empty() : Optional.of(running.thenApply(r -> r.credential));
    }

    /** The token held now, valid or not, without starting anything. */
    public Optional<AccessCredential> currentCredential() {
        State s = state;
        return s == null ? Optional.empty() : Optional.of(s.credential);
    }

    public Statistics statistics() {
        return new Statistics(loginCount.get(), refreshCount.get(), failedRefreshCount.get(), adoptedCount.get(),
                throttledCount.get());
    }

    public LoginFlow flow() {
        return flow;
    }

    /** The key of this provider's entry in the {@link TokenStore}. */
    public String tokenStoreKey() {
        return storeKey;
    }

    private void renewAhead(State s, long now) {
        if (inflight.get() != null || now < retryAheadAt) {
            return;
        }
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine(flow.name() + ": renewing the token ahead of its expiry at " + Instant.ofEpochMilli(s.expiresAt));
        }
        renewal(s, false);
    }

    /** Joins the renewal in progress or starts one: the single flight. */
    private CompletableFuture<State> renewal(State basis, boolean forced) {
        while (true) {
            CompletableFuture<State> running = inflight.get();
            if (running != null) {
                return running;
            }
            CompletableFuture<State> mine = new CompletableFuture<>();
            if (!inflight.compareAndSet(null, mine)) {
                continue;
            }
            State current = state;
            if (current != null && current != basis
                    && clock.millis() < (forced ? current.expiresAt : current.refreshAt)) {
                // another renewal finished between the caller's look and ours
                inflight.compareAndSet(mine, null);
                mine.complete(current);
                return mine;
            }
            CompletionStage<State> work;
            try {
                work = renewNow(basis);
            } catch (RuntimeException e) {
                work = CompletableFuture.failedFuture(e);
            }
            work.whenComplete((result, error) -> {
                if (error == null) {
                    state = result;
                    retryAheadAt = 0;
                } else {
                    retryAheadAt = clock.millis() + Math.min(RETRY_AHEAD_MILLIS, Math.max(1, skewMillis / 2));
                }
                inflight.compareAndSet(mine, null);
                if (error == null) {
                    mine.complete(result);
                } else {
                    Throwable t = Secrets.unwrap(error);
                    if (LOG.isLoggable(Level.WARNING)) {
                        LOG.warning(flow.name() + ": no token: " + describe(t));
                    }
                    mine.completeExceptionally(t);
                }
            });
            return mine;
        }
    }

    /** Adopts a newer stored token, else refreshes with the newest refresh token, else logs in. */
    private CompletionStage<State> renewNow(State basis) {
        return store.load(storeKey).thenCompose(loaded -> {
            StoredToken stored = loaded == null ? null : loaded.orElse(null);
            if (stored != null && (basis == null || !stored.sameAccessToken(basis.token))) {
                State candidate = new State(stored, skewMillis);
                if (clock.millis() < candidate.refreshAt) {
                    adoptedCount.incrementAndGet();
                    log("adopted the token another instance stored", candidate);
                    return CompletableFuture.completedFuture(candidate);
                }
            }
            StoredToken newest = stored != null ? stored : basis == null ? null : basis.token;
            if (newest != null && flow.canRefresh(newest)
                    && !newest.refreshToken().orElse("").equals(refusedRefreshToken)) {
                return refresh(newest, stored);
            }
            return login(stored);
        });
    }

    private CompletionStage<State> refresh(StoredToken newest, StoredToken expected) {
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
            if (t instanceof AuthenticationFailedException refused && (refused.status() == 400 || refused.status() == 401)) {
                refusedRefreshToken = newest.refreshToken().orElse(null);
            }
            if (t instanceof AuthenticationThrottledException throttled) {
                noteThrottle(throttled);
                return CompletableFuture.<State> failedFuture(t);
            }
            if (LOG.isLoggable(Level.INFO)) {
                LOG.info(flow.name() + ": the token refresh failed (" + describe(t) + "); logging in again");
            }
            return login(expected);
        }).thenCompose(s -> s);
    }

    private CompletionStage<State> login(StoredToken expected) {
        AuthenticationThrottledException blocked = blocked("login");
        if (blocked != null) {
            return CompletableFuture.failedFuture(blocked);
        }
        long wait = logins.tryAcquire(clock.millis());
        if (wait >= 0) {
            throttledCount.incrementAndGet();
            long seconds = (wait + 999) / 1000;
            return CompletableFuture.failedFuture(AuthenticationFailedException.builder(flow.name(), "login")
                    .retryAfterSeconds(seconds).problem("held back by the client, which makes at most " + LOGINS_PER_MINUTE
                            + " logins (token exchanges) per minute, the server's limit; next possible in " + seconds
                            + " s")
                    .throttled());
        }
        loginCount.incrementAndGet();
        CompletionStage<StoredToken> loggedIn;
        try {
            loggedIn = flow.login();
        } catch (RuntimeException e) {
            loggedIn = CompletableFuture.failedFuture(e);
        }
        return loggedIn.handle((token, error) -> {
            if (error == null) {
                return save(expected, token, "login");
            }
            Throwable t = Secrets.unwrap(error);
            if (t instanceof AuthenticationThrottledException throttled) {
                noteThrottle(throttled);
            }
            return CompletableFuture.<State> failedFuture(t);
        }).thenCompose(s -> s);
    }

    /** Writes the new token unless another instance stored one meanwhile, which is then adopted. */
    private CompletionStage<State> save(StoredToken expected, StoredToken token, String how) {
        return store.compareAndSet(storeKey, expected, token).thenCompose(stored -> {
            if (Boolean.TRUE.equals(stored)) {
                State s = new State(token, skewMillis);
                log("new token by " + how, s);
                return CompletableFuture.completedFuture(s);
            }
            return store.load(storeKey).thenApply(loaded -> {
                StoredToken winner = loaded == null ? null : loaded.orElse(null);
                if (winner != null) {
                    State w = new State(winner, skewMillis);
                    if (clock.millis() < w.refreshAt) {
                        adoptedCount.incrementAndGet();
                        log("another instance stored a token first; adopted it", w);
                        return w;
                    }
                }
                store.compareAndSet(storeKey, winner, token);
                State s = new State(token, skewMillis);
                log("new token by " + how, s);
                return s;
            });
        });
    }

    private AuthenticationThrottledException blocked(String step) {
        long until = blockedUntil;
        long now = clock.millis();
        if (now >= until) {
            return null;
        }
        throttledCount.incrementAndGet();
        long seconds = (until - now + 999) / 1000;
        return AuthenticationFailedException.builder(flow.name(), step).retryAfterSeconds(seconds)
                .problem("held back by the client, which backs off after the server answered 429 Too Many Requests;"
                        + " next attempt in " + seconds + " s")
                .throttled();
    }

    private void noteThrottle(AuthenticationThrottledException e) {
        if (e.refusedByServer()) {
            long backoff = e.retryAfter().orElse(DEFAULT_BACKOFF).toMillis();
            blockedUntil = clock.millis() + Math.max(1000, backoff);
        }
    }

    private void log(String what, State s) {
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine(flow.name() + ": " + what + "; expires "
                    + (s.expiresAt == Long.MAX_VALUE ? "when rejected" : "at " + Instant.ofEpochMilli(s.expiresAt)
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
        State s = state;
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
