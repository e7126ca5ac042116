package io.quarkiverse.engagevoice.client.auth;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link LoginFlow} (the SPI) that issues JWT-shaped tokens on a clock, counts its calls, and can be told to hold
 * or fail the next ones. Used to drive {@link ManagedTokenProvider} without HTTP.
 */
final class ScriptedFlow implements LoginFlow {

    final AtomicInteger logins = new AtomicInteger();
    final AtomicInteger refreshes = new AtomicInteger();
    final Queue<String> presentedRefreshTokens = new ConcurrentLinkedQueue<>();
    private final Queue<CompletableFuture<Void>> holds = new ConcurrentLinkedQueue<>();
    private final Queue<RuntimeException> loginFailures = new ConcurrentLinkedQueue<>();
    private final Queue<RuntimeException> refreshFailures = new ConcurrentLinkedQueue<>();
    private final Clock clock;
    private final Duration ttl;
    private final AtomicInteger serial = new AtomicInteger();

    ScriptedFlow(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The next login or refresh completes only when the returned future is completed. */
    CompletableFuture<Void> holdNext() {
        CompletableFuture<Void> hold = new CompletableFuture<>();
        holds.add(hold);
        return hold;
    }

    void failNextLogin(RuntimeException e) {
        loginFailures.add(e);
    }

    void failNextRefresh(RuntimeException e) {
        refreshFailures.add(e);
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public String identity() {
        return "scripted-identity";
    }

    @Override
    public CompletionStage<StoredToken> login() {
        logins.incrementAndGet();
        RuntimeException failure = loginFailures.poll();
        return answer(failure, null);
    }

    @Override
    public boolean canRefresh(StoredToken token) {
        return token.refreshToken().isPresent();
    }

    @Override
    public CompletionStage<StoredToken> refresh(StoredToken token) {
        refreshes.incrementAndGet();
        presentedRefreshTokens.add(token.refreshToken().orElseThrow());
        return answer(refreshFailures.poll(), token);
    }

    private CompletionStage<StoredToken> answer(RuntimeException failure, StoredToken previous) {
        CompletableFuture<Void> hold = holds.poll();
        CompletionStage<Void> start = hold == null ? CompletableFuture.completedFuture(null) : hold;
        return start.thenApply(x -> {
            if (failure != null) {
                throw failure;
            }
            return token(previous == null ? "acct-1" : previous.accountId().orElse(null));
        });
    }

    /** A fresh token: a JWT whose exp is now + ttl, and a new refresh token. */
    StoredToken token(String accountId) {
        int n = serial.incrementAndGet();
        long now = clock.instant().getEpochSecond();
        String payload = "{\"sub\":\"test\",\"iat\":" + now + ",\"exp\":" + (now + ttl.toSeconds()) + ",\"n\":" + n + "}";
        String jwt = "eyJhbGciOiJub25lIn0." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".sig" + n;
        return StoredToken.bearer(jwt, "refresh-" + n, accountId, clock.instant());
    }
}
