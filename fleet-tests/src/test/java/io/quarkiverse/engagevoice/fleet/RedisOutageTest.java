package io.quarkiverse.engagevoice.fleet;

import static io.quarkiverse.engagevoice.fleet.FleetSupport.EXCHANGE;
import static io.quarkiverse.engagevoice.fleet.FleetSupport.count;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.auth.StoredToken;
import io.quarkiverse.engagevoice.fleet.FleetSupport.RedisLook;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;

/** Redis stops mid-run: calls go on on each instance's own token; Redis back: the fleet shares one token again. */
class RedisOutageTest {

    private static final Duration MAX = Duration.ofSeconds(60);

    @Test
    void callsGoOnWhileRedisIsDownAndTheFleetConvergesOnOneTokenWhenItIsBack() throws Exception {
        String key = FleetSupport.newKey();
        try (RedisServer redis = RedisServer.start();
                EngageVoiceSimulator sim = FleetSupport.simulator();
                Fleet fleet = new Fleet(5, sim.baseUrl(), redis.url(), key, 120, Duration.ofSeconds(2),
                        Duration.ofMillis(500))) {
            fleet.go();
            LeaseHolderCrashTest.awaitOneToken(fleet, Set.of());
            String shared = LeaseHolderCrashTest.token(fleet);

            redis.stop();
            // every instance notices (a failed store call) and then makes 3 more seconds of calls, across renewals
            fleet.awaitEveryStatus(s -> s.number("storeFailures") > 0, MAX);
            Map<Integer, Long> okWhileDown = new HashMap<>();
            fleet.instances().forEach(i -> okWhileDown.put(i.number, i.lastStatus.number("ok")));
            fleet.awaitEveryStatus(s -> s.number("ok") >= okWhileDown.get(s.instance()) + 60, MAX);
            long failuresWhileDown = fleet.instances().stream().mapToLong(i -> i.lastStatus.number("storeFailures"))
                    .sum();

            redis.startAgain();
            LeaseHolderCrashTest.awaitOneToken(fleet, Set.of(shared));
            String converged = LeaseHolderCrashTest.token(fleet);
            Instant convergedAt = Instant.now();
            List<Fleet.Line> done = fleet.stopAll(MAX);

            assertThat(done).hasSize(5).allSatisfy(d -> {
                assertThat(d.number("failed")).as("failures: " + fleet.instances().get(d.instance()).failures())
                        .isZero();
                assertThat(d.number("throttled")).isZero();
            });
            // the shared refresh token serves one instance; the others log in on their own while Redis is down
            assertThat(count(sim, EXCHANGE)).isBetween(1L, 5L);
            try (RedisLook look = new RedisLook(redis)) {
                List<String> entries = look.entryKeys();
                assertThat(entries).hasSize(1);
                StoredToken stored = look.store(key).load(entries.get(0)).toCompletableFuture().get(5, TimeUnit.SECONDS)
                        .orElseThrow();
                // Redis holds the token the fleet converged on, or a successor a renewal stored since
                if (!FleetInstance.fingerprint(stored.accessToken()).equals(converged)) {
                    assertThat(stored.obtainedAt()).isAfter(convergedAt);
                }
            }
            System.out.printf("Redis outage: %d store failures while down, %d exchanges in all, 0 failed calls,"
                    + " one token again after Redis came back%n", failuresWhileDown, count(sim, EXCHANGE));
        }
    }
}
