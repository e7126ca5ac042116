package io.quarkiverse.engagevoice.fleet;

import static io.quarkiverse.engagevoice.fleet.FleetSupport.ACCOUNTS;
import static io.quarkiverse.engagevoice.fleet.FleetSupport.EXCHANGE;
import static io.quarkiverse.engagevoice.fleet.FleetSupport.RC_TOKEN;
import static io.quarkiverse.engagevoice.fleet.FleetSupport.REFRESH;
import static io.quarkiverse.engagevoice.fleet.FleetSupport.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.auth.StoredToken;
import io.quarkiverse.engagevoice.fleet.FleetSupport.RedisLook;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;

/**
 * Five JVMs on one account with 3-second tokens, started together, share one login and one renewal per token
 * lifetime through Redis, and what Redis holds is unreadable without the key.
 */
class FleetSingleFlightTest {

    private static final int INSTANCES = 5;
    /** Renewed 500 ms before expiry: one refresh every 2.5 s for the whole fleet. */
    private static final Duration SKEW = Duration.ofMillis(500);

    @Test
    void fiveJvmsMakeOneExchangeAndAboutOneRefreshPerTokenLifetimeWithoutAFailedCall() throws Exception {
        long seconds = Long.getLong("fleet.seconds", 40);
        String key = FleetSupport.newKey();
        try (RedisServer redis = RedisServer.start();
                EngageVoiceSimulator sim = FleetSupport.simulator();
                Fleet fleet = new Fleet(INSTANCES, sim.baseUrl(), redis.url(), key, seconds, Duration.ofSeconds(2), SKEW);
                RedisLook look = new RedisLook(redis)) {
            assertThat(sim.journal()).isEmpty();
            long started = System.nanoTime();
            fleet.go();
            List<Fleet.Line> done = fleet.awaitDone(Duration.ofSeconds(seconds + 60));
            long ranMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            done.forEach(d -> System.out.println("instance " + d.instance() + ": " + d.text()));
            assertThat(done).hasSize(INSTANCES);
            for (Fleet.Line d : done) {
                assertThat(d.number("failed")).as("failed calls of instance " + d.instance() + ": "
                        + fleet.instances().get(d.instance()).failures()).isZero();
                assertThat(d.number("throttled")).isZero();
                assertThat(d.number("ok")).as("calls of instance " + d.instance()).isGreaterThan(seconds);
            }
            long logins = done.stream().mapToLong(d -> d.number("logins")).sum();
            long exchanges = count(sim, EXCHANGE);
            long refreshes = count(sim, REFRESH);
            long calls = count(sim, ACCOUNTS);
            System.out.printf("fleet: %d JVMs, %d ms of calls, %d API calls, %d RingCentral grants, %d exchanges,"
                    + " %d refreshes (ideal about %d: one per %d ms), %d logins by the instances%n", INSTANCES, ranMillis,
                    calls, count(sim, RC_TOKEN), exchanges, refreshes,
                    ranMillis / (FleetSupport.TOKEN_LIFETIME.toMillis() - SKEW.toMillis()),
                    FleetSupport.TOKEN_LIFETIME.toMillis() - SKEW.toMillis(), logins);

            assertThat(exchanges).as(fleet.transcript()).isEqualTo(1);
            assertThat(count(sim, RC_TOKEN)).isEqualTo(1);
            assertThat(logins).isEqualTo(1);
            // about one renewal per token for the fleet: 5 instances renewing on their own would make 5 times as many;
            // a loaded machine adds a few (a holder slower than its lease is overtaken), never a second fleet's worth
            long ideal = ranMillis / (FleetSupport.TOKEN_LIFETIME.toMillis() - SKEW.toMillis());
            assertThat(refreshes).isBetween(ideal - 3, ideal * 3 / 2);

            // at rest, Redis holds one entry in which no token the fleet used can be read
            List<String> entries = look.entryKeys();
            assertThat(entries).hasSize(1);
            Response raw = look.send(Request.cmd(Command.HGETALL).arg(entries.get(0)));
            String everything = raw.toString();
            Set<String> sent = FleetSupport.tokensSent(sim);
            assertThat(sent).hasSizeGreaterThan(1);
            for (String token : sent) {
                assertThat(everything).doesNotContain(token);
            }
            StoredToken stored = look.store(key).load(entries.get(0)).toCompletableFuture().get(5, TimeUnit.SECONDS)
                    .orElseThrow();
            assertThat(stored.refreshToken()).isPresent();
            assertThat(everything).doesNotContain(stored.refreshToken().get()).doesNotContain(stored.accessToken());
            assertThat(stored.accountId()).isPresent();
            // the key is what opens it: another key does not
            Throwable wrongKey = catchThrowable(() -> look.store(FleetSupport.newKey()).load(entries.get(0))
                    .toCompletableFuture().get(5, TimeUnit.SECONDS));
            assertThat(wrongKey).hasMessageContaining("does not decrypt with the configured key")
                    .hasMessageNotContaining(stored.accessToken());
            assertThat(look.send(Request.cmd(Command.PTTL).arg(entries.get(0))).toLong()).isPositive();
        }
    }
}
