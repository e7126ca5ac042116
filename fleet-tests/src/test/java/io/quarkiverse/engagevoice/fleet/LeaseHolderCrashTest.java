package io.quarkiverse.engagevoice.fleet;

import static io.quarkiverse.engagevoice.fleet.FleetSupport.EXCHANGE;
import static io.quarkiverse.engagevoice.fleet.FleetSupport.REFRESH;
import static io.quarkiverse.engagevoice.fleet.FleetSupport.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.wire.Fault;

/** The instance holding the renewal lease dies mid-renewal: another instance renews once the lease expired. */
class LeaseHolderCrashTest {

    private static final Duration LEASE = Duration.ofSeconds(1);
    private static final Duration MAX = Duration.ofSeconds(60);

    @Test
    void whenTheLeaseHolderIsKilledMidRenewalAnotherInstanceRenewsAfterTheLease() throws Exception {
        String key = FleetSupport.newKey();
        try (RedisServer redis = RedisServer.start();
                EngageVoiceSimulator sim = FleetSupport.simulator();
                // the default skew: renewed at half the 3 s lifetime, so 1.5 s to take over before expiry
                Fleet fleet = new Fleet(5, sim.baseUrl(), redis.url(), key, 120, LEASE, Duration.ofSeconds(60))) {
            fleet.go();
            awaitOneToken(fleet, Set.of());
            String before = token(fleet);

            // the next refresh hangs at the simulator, so its sender is caught holding the lease
            sim.addFault(Fault.builder().method("POST").pathPattern(REFRESH).latency(Duration.ofSeconds(5)).build());
            long refreshesBefore = count(sim, REFRESH);
            Fleet.Line lease = fleet.await(l -> l.is("LEASE"), MAX);
            Fleet.Instance holder = fleet.instances().get(lease.instance());
            // its refresh reached the simulator, which holds it: the holder is mid-renewal
            await().atMost(MAX).until(() -> count(sim, REFRESH) > refreshesBefore);
            holder.kill();

            // the others wait out the lease, one of them takes it and renews, all adopt its token
            Fleet.Line takeover = fleet.await(l -> l.is("LEASE") && l.instance() != holder.number, MAX);
            awaitOneToken(fleet, Set.of(before));
            List<Fleet.Line> done = fleet.stopAll(MAX);

            assertThat(takeover.instance()).isNotEqualTo(holder.number);
            assertThat(count(sim, REFRESH)).isGreaterThan(refreshesBefore + 1);
            assertThat(count(sim, EXCHANGE)).as("a refresh token the dead holder may have used up costs one exchange")
                    .isBetween(1L, 2L);
            assertThat(done).hasSize(4).allSatisfy(d -> {
                assertThat(d.number("failed")).as("failures: " + fleet.instances().get(d.instance()).failures())
                        .isZero();
                assertThat(d.number("throttled")).isZero();
            });
            System.out.printf("lease holder killed: instance %d took over; %d refreshes, %d exchanges, 0 failed calls%n",
                    takeover.instance(), count(sim, REFRESH), count(sim, EXCHANGE));
        }
    }

    /** Waits until every live instance reports the same token, and not one of {@code old}. */
    static void awaitOneToken(Fleet fleet, Set<String> old) throws InterruptedException {
        long deadline = System.nanoTime() + MAX.toNanos();
        while (true) {
            Set<String> tokens = fleet.instances().stream().filter(i -> i.process.isAlive())
                    .map(i -> i.lastStatus == null ? "none" : i.lastStatus.field("token")).collect(Collectors.toSet());
            if (tokens.size() == 1 && !tokens.contains("none") && old.stream().noneMatch(tokens::contains)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the instances hold different tokens: " + tokens);
            }
            fleet.next(MAX);
        }
    }

    static String token(Fleet fleet) {
        return fleet.instances().stream().filter(i -> i.process.isAlive()).findFirst().orElseThrow().lastStatus
                .field("token");
    }
}
