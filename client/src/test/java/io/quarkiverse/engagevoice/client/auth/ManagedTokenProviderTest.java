package io.quarkiverse.engagevoice.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.error.AuthenticationFailedException;
import io.quarkiverse.engagevoice.client.error.AuthenticationThrottledException;
import io.quarkiverse.engagevoice.client.testing.WireTests;
import io.quarkiverse.engagevoice.mockserver.ManualClock;

/** The lifecycle engine driven by a scripted flow on a manual clock: no HTTP, every step observable. */
class ManagedTokenProviderTest {

    private final ManualClock clock = WireTests.clock();
    private final ScriptedFlow flow = new ScriptedFlow(clock, Duration.ofMinutes(5));
    private final ManagedTokenProvider tokens = ManagedTokenProvider.builder(flow).clock(clock).build();

    private static AccessCredential now(CompletionStage<AccessCredential> stage) {
        return stage.toCompletableFuture().join();
    }

    @Test
    void aValidTokenIsReturnedFromTheSameCompletedStageWithoutAnyFlowCall() {
        AccessCredential first = now(tokens.credential());
        CompletionStage<AccessCredential> a = tokens.credential();
        clock.advance(Duration.ofMinutes(3));
        CompletionStage<AccessCredential> b = tokens.credential();

        assertThat(a).isSameAs(b);
        assertThat(a.toCompletableFuture()).isCompletedWithValue(first);
        assertThat(flow.logins).hasValue(1);
        assertThat(flow.refreshes).hasValue(0);
        assertThat(first.expiresAt()).contains(WireTests.clock().instant().plus(Duration.ofMinutes(5)));
        assertThat(first.accountId()).contains("acct-1");
    }

    @Test
    void insideTheSkewTheValidTokenIsReturnedAtOnceWhileOneRefreshRunsInTheBackground() {
        AccessCredential first = now(tokens.credential());
        CompletableFuture<Void> hold = flow.holdNext();
        clock.advance(Duration.ofMinutes(4).plusSeconds(1)); // 59 s left, skew 60 s

        List<CompletionStage<AccessCredential>> stages = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            stages.add(tokens.credential());
        }

        assertThat(stages).allSatisfy(s -> assertThat(s.toCompletableFuture()).isCompletedWithValue(first));
        assertThat(flow.refreshes).hasValue(1);
        assertThat(tokens.renewalInProgress()).isPresent();
        hold.complete(null);
        AccessCredential second = now(tokens.credential());
        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(tokens.renewalInProgress()).isEmpty();
        assertThat(flow.refreshes).hasValue(1);
    }

    @Test
    void callersWithoutAValidTokenAllWaitForOneRenewal() {
        CompletableFuture<Void> hold = flow.holdNext();
        List<CompletionStage<AccessCredential>> waiting = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            waiting.add(tokens.credential());
        }

        assertThat(waiting).noneSatisfy(s -> assertThat(s.toCompletableFuture()).isDone());
        hold.complete(null);

        assertThat(waiting).extracting(s -> now(s).token()).containsOnly(tokens.currentCredential().orElseThrow().token());
        assertThat(flow.logins).hasValue(1);
    }

    @Test
    void theSkewIsCappedAtHalfTheTokensLifetime() {
        ScriptedFlow shortLived = new ScriptedFlow(clock, Duration.ofSeconds(30));
        ManagedTokenProvider p = ManagedTokenProvider.builder(shortLived).clock(clock).refreshSkew(Duration.ofMinutes(2))
                .build();
        now(p.credential());
        clock.advance(Duration.ofSeconds(14));
        now(p.credential());
        assertThat(shortLived.refreshes).hasValue(0);
        clock.advance(Duration.ofSeconds(1));
        now(p.credential());
        assertThat(shortLived.refreshes).hasValue(1);
    }

    @Test
    void renewingARejectedTokenThatWasAlreadyReplacedReturnsTheNewOne() {
        AccessCredential old = now(tokens.credential());
        AccessCredential renewed = now(tokens.renew(old));
        AccessCredential again = now(tokens.renew(old));

        assertThat(renewed.token()).isNotEqualTo(old.token());
        assertThat(again).isEqualTo(renewed);
        assertThat(flow.refreshes).hasValue(1);
    }

    @Test
    void refreshesAlwaysPresentTheNewestRefreshTokenAndAFailedOneFallsBackToLogin() {
        now(tokens.credential());
        for (int i = 0; i < 3; i++) {
            now(tokens.renew(tokens.currentCredential().orElseThrow()));
        }
        flow.failNextRefresh(new IllegalStateException("refused"));
        now(tokens.renew(tokens.currentCredential().orElseThrow()));

        assertThat(flow.presentedRefreshTokens).containsExactly("refresh-1", "refresh-2", "refresh-3", "refresh-4");
        assertThat(flow.logins).hasValue(2);
        assertThat(tokens.statistics()).isEqualTo(new ManagedTokenProvider.Statistics(2, 4, 1, 0, 0));
    }

    @Test
    void aRefreshTokenTheServerRefusedIsNotPresentedAgain() {
        AccessCredential first = now(tokens.credential());
        flow.failNextRefresh(AuthenticationFailedException.builder("scripted", "token refresh")
                .request("POST /refresh").status(401, "Unauthorized").serverMessage("Invalid refresh token").build());
        flow.failNextLogin(new IllegalStateException("down"));
        flow.failNextLogin(new IllegalStateException("down"));

        assertThat(catchThrowable(() -> now(tokens.renew(first)))).hasRootCauseMessage("down");
        assertThat(catchThrowable(() -> now(tokens.renew(first)))).hasRootCauseMessage("down");
        AccessCredential renewed = now(tokens.renew(first));

        assertThat(flow.refreshes).hasValue(1);
        assertThat(flow.logins).hasValue(4);
        assertThat(renewed.token()).isNotEqualTo(first.token());
        // the new login brought a new refresh token, which is used again
        now(tokens.renew(renewed));
        assertThat(flow.refreshes).hasValue(2);
    }

    @Test
    void aFailedLoginFailsEveryWaiterAndTheNextCallTriesAgain() {
        CompletableFuture<Void> hold = flow.holdNext();
        // a 503, not a 401: refused credentials pause logins (RefusedCredentialsBackoffWireTest)
        flow.failNextLogin(AuthenticationFailedException.builder("scripted", "login").request("POST /login")
                .status(503, "Service Unavailable").serverMessage("Try again").build());
        CompletionStage<AccessCredential> a = tokens.credential();
        CompletionStage<AccessCredential> b = tokens.credential();
        hold.complete(null);

        assertThat(catchThrowable(() -> now(a))).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(AuthenticationFailedException.class);
        assertThat(catchThrowable(() -> now(b))).hasCauseInstanceOf(AuthenticationFailedException.class);
        assertThat(now(tokens.credential())).isNotNull();
        assertThat(flow.logins).hasValue(2);
    }

    @Test
    void aFailedRenewalAheadOfExpiryKeepsTheValidTokenAndIsNotRetriedAtEveryCall() {
        AccessCredential first = now(tokens.credential());
        clock.advance(Duration.ofMinutes(4).plusSeconds(10));
        flow.failNextRefresh(new IllegalStateException("refused"));
        flow.failNextLogin(new IllegalStateException("down"));

        for (int i = 0; i < 20; i++) {
            assertThat(now(tokens.credential())).isEqualTo(first);
        }
        assertThat(flow.refreshes).hasValue(1);
        clock.advance(Duration.ofSeconds(5));
        assertThat(now(tokens.credential())).isEqualTo(first);
        assertThat(flow.refreshes).hasValue(2);
    }

    @Test
    void moreThanFiveLoginsAMinuteAreHeldBack() {
        List<Throwable> failures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            if (i < 5) {
                flow.failNextLogin(new IllegalStateException("refused"));
            }
            failures.add(catchThrowable(() -> now(tokens.credential())).getCause());
        }

        assertThat(flow.logins).hasValue(5);
        assertThat(failures.subList(5, 8)).allSatisfy(t -> assertThat(t).isInstanceOf(AuthenticationThrottledException.class));
        clock.advance(Duration.ofSeconds(60));
        assertThat(now(tokens.credential())).isNotNull();
        assertThat(flow.logins).hasValue(6);
    }

    @Test
    void instancesSharingAStoreAdoptEachOthersTokensInsteadOfLoggingIn() {
        InMemoryTokenStore shared = new InMemoryTokenStore();
        ScriptedFlow flowA = new ScriptedFlow(clock, Duration.ofMinutes(5));
        ScriptedFlow flowB = new ScriptedFlow(clock, Duration.ofMinutes(5));
        ManagedTokenProvider a = ManagedTokenProvider.builder(flowA).clock(clock).tokenStore(shared).build();
        ManagedTokenProvider b = ManagedTokenProvider.builder(flowB).clock(clock).tokenStore(shared).build();

        AccessCredential fromA = now(a.credential());
        AccessCredential fromB = now(b.credential());
        clock.advance(Duration.ofMinutes(4).plusSeconds(30));
        now(b.renew(fromB)); // b renews: refresh with the shared (newest) refresh token
        AccessCredential aAfter = now(a.renew(fromA)); // a adopts b's token: no call at all

        assertThat(a.tokenStoreKey()).isEqualTo(b.tokenStoreKey());
        assertThat(fromB.token()).isEqualTo(fromA.token());
        assertThat(aAfter.token()).isEqualTo(b.currentCredential().orElseThrow().token());
        assertThat(flowA.logins.get() + flowB.logins.get()).isEqualTo(1);
        assertThat(flowA.refreshes.get() + flowB.refreshes.get()).isEqualTo(1);
        assertThat(a.statistics().adoptedFromStore()).isEqualTo(1);
        assertThat(b.statistics().adoptedFromStore()).isEqualTo(1);
    }

    @Test
    void whenAnotherInstanceStoresFirstItsTokenIsAdopted() {
        InMemoryTokenStore inner = new InMemoryTokenStore();
        ScriptedFlow other = new ScriptedFlow(clock, Duration.ofMinutes(5));
        String key = "shared";
        TokenStore racing = new TokenStore() {
            @Override
            public CompletionStage<Optional<StoredToken>> load(String k) {
                return inner.load(k);
            }

            @Override
            public CompletionStage<Boolean> compareAndSet(String k, StoredToken expected, StoredToken replacement) {
                // another instance writes between our load and our write
                inner.compareAndSet(k, null, other.token("acct-other"));
                return inner.compareAndSet(k, expected, replacement);
            }
        };
        ManagedTokenProvider p = ManagedTokenProvider.builder(flow).clock(clock).tokenStore(racing).tokenStoreKey(key)
                .build();

        AccessCredential c = now(p.credential());

        assertThat(c.accountId()).contains("acct-other");
        assertThat(p.statistics().adoptedFromStore()).isEqualTo(1);
    }

    @Test
    void expiryIsReadFromTheJwtExpClaim() {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        assertThat(Jwt.expiry(jwt("{\"exp\":" + now.plusSeconds(300).getEpochSecond() + "}"), now))
                .isEqualTo(now.plusSeconds(300));
        assertThat(Jwt.expiry(jwt("{\"sub\":\"x\"}"), now)).isEqualTo(now.plus(Duration.ofMinutes(5)));
        assertThat(Jwt.expiry("not-a-jwt", now)).isEqualTo(now.plus(Duration.ofMinutes(5)));
        assertThat(Jwt.expiry("a.%%%.c", now)).isEqualTo(now.plus(Duration.ofMinutes(5)));
        // an exp in the client's past (clocks disagree): the token's own lifetime counts from now
        long iat = now.minusSeconds(3600).getEpochSecond();
        assertThat(Jwt.expiry(jwt("{\"iat\":" + iat + ",\"exp\":" + (iat + 240) + "}"), now)).isEqualTo(now.plusSeconds(240));
    }

    private static String jwt(String payload) {
        return "eyJhbGciOiJub25lIn0." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".sig";
    }

    @Test
    void theSlidingWindowAllowsFivePerMinuteOnTheGivenTime() {
        SlidingWindow w = new SlidingWindow(5, 60_000);
        for (int i = 0; i < 5; i++) {
            assertThat(w.tryAcquire(1000L * i)).isEqualTo(-1);
        }
        assertThat(w.tryAcquire(10_000)).isEqualTo(50_000);
        assertThat(w.tryAcquire(59_999)).isEqualTo(1);
        assertThat(w.tryAcquire(60_000)).isEqualTo(-1);
        assertThat(w.tryAcquire(60_500)).isEqualTo(500);
    }

    @Test
    void theInMemoryStoreComparesByAccessToken() {
        InMemoryTokenStore store = new InMemoryTokenStore();
        StoredToken a = flow.token("x");
        StoredToken b = flow.token("x");
        StoredToken c = flow.token("x");

        assertThat(store.compareAndSet("k", null, a).toCompletableFuture().join()).isTrue();
        assertThat(store.compareAndSet("k", null, b).toCompletableFuture().join()).isFalse();
        assertThat(store.compareAndSet("k", b, c).toCompletableFuture().join()).isFalse();
        assertThat(store.compareAndSet("k", a.withRefreshToken("other"), b).toCompletableFuture().join()).isTrue();
        assertThat(store.load("k").toCompletableFuture().join()).contains(b);
        assertThat(store.load("missing").toCompletableFuture().join()).isEmpty();
    }

    @Test
    void toStringsShowNoSecret() {
        AccessCredential c = now(tokens.credential());
        StoredToken t = flow.token("acct");

        assertThat(tokens.toString()).doesNotContain(c.token()).contains("scripted");
        assertThat(t.toString()).doesNotContain(t.accessToken()).doesNotContain(t.refreshToken().orElseThrow())
                .contains("***");
        assertThat(c.toString()).doesNotContain(c.token());
    }

    @Test
    void secretsAreMaskedAsIsAndUrlEncoded() {
        String secret = "p&ss w+rd";
        assertThat(Secrets.mask("said p&ss w+rd and p%26ss+w%2Brd", List.of(secret))).isEqualTo("said *** and ***");
        Throwable masked = Secrets.sanitize(new IllegalStateException("failed for p&ss w+rd",
                new RuntimeException("inner p&ss w+rd")), List.of(secret));
        assertThat(masked).hasMessage("java.lang.IllegalStateException: failed for ***");
        assertThat(masked.getCause()).hasMessage("java.lang.RuntimeException: inner ***");
    }
}
