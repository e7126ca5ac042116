package io.quarkiverse.engagevoice.client.auth;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNTS;
import static io.quarkiverse.engagevoice.client.testing.WireTests.EXCHANGE;
import static io.quarkiverse.engagevoice.client.testing.WireTests.REFRESH;
import static io.quarkiverse.engagevoice.client.testing.WireTests.count;
import static io.quarkiverse.engagevoice.client.testing.WireTests.pathLines;
import static io.quarkiverse.engagevoice.client.testing.WireTests.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.error.AuthenticationThrottledException;
import io.quarkiverse.engagevoice.client.testing.WireTests;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.ManualClock;
import io.quarkiverse.engagevoice.mockserver.wire.Fault;

/** The exchange is limited to 5 per minute: the client never exceeds it, and backs off on a 429. */
class ExchangeThrottlingWireTest {

    private final ManualClock clock = WireTests.clock();
    private final EngageVoiceSimulator sim = WireTests.start(clock, false);

    @AfterEach
    void stop() {
        sim.close();
    }

    /** Forces a renewal of the current token, as a 401 would; returns the failure or null. */
    private static Throwable forceRenewal(ManagedTokenProvider tokens) {
        try {
            tokens.renew(tokens.currentCredential().orElse(null)).toCompletableFuture().join();
            return null;
        } catch (CompletionException e) {
            return e.getCause();
        }
    }

    @Test
    void aBurstThatWouldNeedTenExchangesMakesAtMostFivePerMinute() {
        EngageVoiceClient client = WireTests.jwtClient(sim, clock);
        ManagedTokenProvider tokens = WireTests.managed(client);
        // every refresh is refused, so each renewal needs an exchange
        sim.addFault(Fault.builder().method("POST").pathPattern(REFRESH).status(401).body("Invalid refresh token")
                .times(1000).build());

        List<Throwable> failures = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(1));
            Throwable t = i == 0 ? catchFirstCall(client) : forceRenewal(tokens);
            if (t != null) {
                failures.add(t);
            }
        }

        assertThat(count(sim, EXCHANGE)).isEqualTo(5);
        assertThat(failures).hasSize(5).allSatisfy(t -> {
            assertThat(t).isInstanceOf(AuthenticationThrottledException.class)
                    .hasMessageContaining("at most 5 logins (token exchanges) per minute");
            AuthenticationThrottledException e = (AuthenticationThrottledException) t;
            assertThat(e.refusedByServer()).isFalse();
            assertThat(e.answered()).isFalse();
            assertThat(e.retryAfter())
                    .hasValueSatisfying(d -> assertThat(d).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        });
        assertThat(tokens.statistics().throttled()).isEqualTo(5);

        // a minute after the first exchange, the next one is allowed again
        clock.advance(Duration.ofSeconds(51));
        assertThat(forceRenewal(tokens)).isNull();
        assertThat(count(sim, EXCHANGE)).isEqualTo(6);
        assertAtMostFivePerSlidingMinute(requests(sim, EXCHANGE).stream().map(r -> r.receivedAt()).toList());
    }

    private static Throwable catchFirstCall(EngageVoiceClient client) {
        try {
            client.api(AccountsApi.class).list();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static void assertAtMostFivePerSlidingMinute(List<Instant> times) {
        for (int i = 0; i < times.size(); i++) {
            Instant start = times.get(i);
            long inWindow = times.stream().filter(t -> !t.isBefore(start) && t.isBefore(start.plusSeconds(60))).count();
            assertThat(inWindow).as("exchanges in the minute from " + start).isLessThanOrEqualTo(5);
        }
    }

    @Test
    void a429FromTheExchangeMakesTheClientBackOffInsteadOfHammering() {
        EngageVoiceClient client = WireTests.jwtClient(sim, clock);
        AccountsApi accounts = client.api(AccountsApi.class);
        sim.addFault(Fault.builder().method("POST").pathPattern(EXCHANGE).status(429).retryAfter("30")
                .body("Too Many Requests").build());

        AuthenticationThrottledException refused = catchThrowableOfType(AuthenticationThrottledException.class,
                accounts::list);
        clock.advance(Duration.ofSeconds(10));
        AuthenticationThrottledException heldBack = catchThrowableOfType(AuthenticationThrottledException.class,
                accounts::list);
        long exchangesDuringBackoff = count(sim, EXCHANGE);
        clock.advance(Duration.ofSeconds(21));
        accounts.list();

        assertThat(refused.refusedByServer()).isTrue();
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(refused.getMessage()).contains("token exchange", "429", "backs off");
        assertThat(heldBack.refusedByServer()).isFalse();
        assertThat(heldBack.retryAfter()).contains(Duration.ofSeconds(20));
        assertThat(heldBack.getMessage()).contains("429").contains("next attempt in 20 s");
        assertThat(exchangesDuringBackoff).isEqualTo(1);
        assertThat(count(sim, EXCHANGE)).isEqualTo(2);
        assertThat(count(sim, ACCOUNTS)).isEqualTo(1);
    }

    @Test
    void theServersOwnLimitAnswers429AndTheClientWaitsAMinuteWithoutRetryAfter() {
        // another client of the same user takes the server's five exchanges of this minute
        EngageVoiceClient greedy = WireTests.jwtClient(sim, clock);
        ManagedTokenProvider greedyTokens = WireTests.managed(greedy);
        sim.addFault(Fault.builder().method("POST").pathPattern(REFRESH).status(401).times(1000).build());
        catchFirstCall(greedy);
        for (int i = 0; i < 4; i++) {
            assertThat(forceRenewal(greedyTokens)).isNull();
        }
        assertThat(count(sim, EXCHANGE)).isEqualTo(5);
        EngageVoiceClient client = WireTests.jwtClient(sim, clock);
        AccountsApi accounts = client.api(AccountsApi.class);

        AuthenticationThrottledException refused = catchThrowableOfType(AuthenticationThrottledException.class,
                accounts::list);
        clock.advance(Duration.ofSeconds(59));
        AuthenticationThrottledException heldBack = catchThrowableOfType(AuthenticationThrottledException.class,
                accounts::list);
        assertThat(count(sim, EXCHANGE)).isEqualTo(6);
        clock.advance(Duration.ofSeconds(1));
        accounts.list();

        assertThat(refused.refusedByServer()).isTrue();
        assertThat(refused.retryAfter()).contains(ManagedTokenProvider.DEFAULT_BACKOFF);
        assertThat(refused.getMessage()).contains("backs off for 60 s", "no Retry-After");
        assertThat(heldBack.refusedByServer()).isFalse();
        assertThat(count(sim, EXCHANGE)).isEqualTo(7);
        assertThat(pathLines(sim).subList(pathLines(sim).size() - 2, pathLines(sim).size()))
                .containsExactly("POST " + EXCHANGE, "GET " + ACCOUNTS);
    }
}
