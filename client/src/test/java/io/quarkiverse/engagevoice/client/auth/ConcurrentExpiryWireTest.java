package io.quarkiverse.engagevoice.client.auth;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNTS;
import static io.quarkiverse.engagevoice.client.testing.WireTests.EXCHANGE;
import static io.quarkiverse.engagevoice.client.testing.WireTests.RC_TOKEN;
import static io.quarkiverse.engagevoice.client.testing.WireTests.REFRESH;
import static io.quarkiverse.engagevoice.client.testing.WireTests.count;
import static io.quarkiverse.engagevoice.client.testing.WireTests.requests;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.Credentials;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.testing.WireTests;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.ManualClock;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/**
 * 200 concurrent calls around the expiry of a token, on one clock shared by the simulator and the client: one
 * refresh reaches the server, no call fails, calls holding a valid token do not wait for the refresh, and calls
 * without one wait for that same refresh. The refresh is kept in flight by holding the write of its result in the
 * token store (a latch), so nothing depends on timing.
 */
class ConcurrentExpiryWireTest {

    private static final int CALLS = 200;

    private final ManualClock clock = WireTests.clock();
    private final EngageVoiceSimulator sim = WireTests.start(clock, false);
    private final ExecutorService pool = Executors.newFixedThreadPool(CALLS);

    @AfterEach
    void stop() {
        pool.shutdownNow();
        sim.close();
    }

    /** What one call saw. */
    private record Outcome(boolean refreshReleasedWhenDone, Throwable failure) {
    }

    @Test
    void twoHundredCallsAtTheMomentOfExpiryMakeOneRefreshAndNoneFails() throws Exception {
        GatedTokenStore store = new GatedTokenStore();
        EngageVoiceClient client = WireTests.clientBuilder(sim, clock)
                .credentials(
                        Credentials.ringCentralJwt(SimulatorCredentials.RC_CLIENT_ID, SimulatorCredentials.RC_CLIENT_SECRET,
                                SimulatorCredentials.RC_JWT_ASSERTION, sim.baseUrl()))
                .tokenStore(store)
                .build();
        ManagedTokenProvider tokens = WireTests.managed(client);
        AccountsApi accounts = client.api(AccountsApi.class);
        accounts.list();
        String first = tokens.currentCredential().orElseThrow().token();
        sim.clearJournal();

        // 30 s before expiry: inside the 60 s refresh window, the token still valid
        store.holdNextWrite();
        clock.advance(Duration.ofMinutes(4).plusSeconds(30));
        List<Outcome> whileValid = burst(accounts, store, null);

        assertThat(store.awaitHeldWrite(10)).as("the refresh is in flight, its result held").isTrue();
        assertThat(whileValid).hasSize(CALLS).allSatisfy(o -> {
            assertThat(o.failure()).isNull();
            assertThat(o.refreshReleasedWhenDone()).as("finished without waiting for the refresh").isFalse();
        });
        assertThat(tokens.renewalInProgress()).isPresent();
        assertThat(requests(sim, ACCOUNTS)).hasSize(CALLS)
                .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + first));

        // 1 s after expiry, the refresh still held: these calls have no valid token and must wait for it
        clock.advance(Duration.ofSeconds(31));
        CountDownLatch started = new CountDownLatch(CALLS);
        List<Future<Outcome>> afterExpiry = submitBurst(accounts, store, started);
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        long finishedBeforeRelease = afterExpiry.stream().filter(Future::isDone).count();
        store.release();
        List<Outcome> waited = new ArrayList<>();
        for (Future<Outcome> f : afterExpiry) {
            waited.add(f.get(60, TimeUnit.SECONDS));
        }

        String second = tokens.currentCredential().orElseThrow().token();
        assertThat(second).isNotEqualTo(first);
        assertThat(finishedBeforeRelease).isZero();
        assertThat(waited).hasSize(CALLS).allSatisfy(o -> {
            assertThat(o.failure()).isNull();
            assertThat(o.refreshReleasedWhenDone()).isTrue();
        });
        assertThat(count(sim, REFRESH)).isEqualTo(1);
        assertThat(count(sim, EXCHANGE)).isZero();
        assertThat(count(sim, RC_TOKEN)).isZero();
        List<RecordedRequest> calls = requests(sim, ACCOUNTS);
        assertThat(calls).hasSize(2 * CALLS); // no call was replayed
        assertThat(calls.subList(CALLS, 2 * CALLS))
                .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + second));
        assertThat(tokens.statistics().refreshes()).isEqualTo(1);
        assertThat(tokens.statistics().logins()).isEqualTo(1);
    }

    private List<Outcome> burst(AccountsApi accounts, GatedTokenStore store, CountDownLatch started) throws Exception {
        List<Outcome> out = new ArrayList<>();
        for (Future<Outcome> f : submitBurst(accounts, store, started)) {
            out.add(f.get(60, TimeUnit.SECONDS));
        }
        return out;
    }

    private List<Future<Outcome>> submitBurst(AccountsApi accounts, GatedTokenStore store, CountDownLatch started) {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            futures.add(pool.submit(() -> {
                go.await();
                if (started != null) {
                    started.countDown();
                }
                try {
                    accounts.list();
                    return new Outcome(store.released(), null);
                } catch (RuntimeException e) {
                    return new Outcome(store.released(), e);
                }
            }));
        }
        go.countDown();
        return futures;
    }
}
