package io.quarkiverse.engagevoice.client.auth;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNTS;
import static io.quarkiverse.engagevoice.client.testing.WireTests.EXCHANGE;
import static io.quarkiverse.engagevoice.client.testing.WireTests.REFRESH;
import static io.quarkiverse.engagevoice.client.testing.WireTests.count;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.Credentials;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.testing.WireTests;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.ManualClock;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;

/** A token store that fails does not fail calls: the client goes on with its own token, warns once, and resumes. */
class TokenStoreOutageWireTest {

    private final ManualClock clock = WireTests.clock();
    private final EngageVoiceSimulator sim = WireTests.start(clock, false);
    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final Logger logger = Logger.getLogger(ManagedTokenProvider.class.getPackageName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    TokenStoreOutageWireTest() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stop() {
        logger.removeHandler(capture);
        sim.close();
    }

    /** An in-memory store whose every call fails (or throws at once) while it is down. */
    static final class SwitchableStore implements TokenStore {
        final InMemoryTokenStore entries = new InMemoryTokenStore();
        volatile boolean down;
        volatile boolean throwing;

        private <T> CompletionStage<T> call(CompletionStage<T> up) {
            if (throwing) {
                throw new IllegalStateException("store client broken");
            }
            return down ? CompletableFuture.failedFuture(new IllegalStateException("connection refused")) : up;
        }

        @Override
        public CompletionStage<Optional<StoredToken>> load(String key) {
            return call(entries.load(key));
        }

        @Override
        public CompletionStage<Boolean> compareAndSet(String key, StoredToken expected, StoredToken replacement) {
            if (down || throwing) {
                return call(null);
            }
            return entries.compareAndSet(key, expected, replacement);
        }

        @Override
        public boolean coordinatesRenewals() {
            return true;
        }

        @Override
        public Duration leaseTime() {
            return Duration.ofSeconds(1);
        }

        @Override
        public CompletionStage<Boolean> tryLease(String key, String holder) {
            return call(CompletableFuture.completedFuture(Boolean.TRUE));
        }
    }

    @Test
    void renewalsGoOnWithOneWarningWhileTheStoreFailsAndWriteToItAgainOnceItAnswers() {
        SwitchableStore store = new SwitchableStore();
        EngageVoiceClient client = WireTests.clientBuilder(sim, clock)
                .credentials(Credentials.ringCentralJwt(SimulatorCredentials.RC_CLIENT_ID,
                        SimulatorCredentials.RC_CLIENT_SECRET, SimulatorCredentials.RC_JWT_ASSERTION, sim.baseUrl()))
                .tokenStore(store)
                .build();
        ManagedTokenProvider tokens = WireTests.managed(client);
        AccountsApi accounts = client.api(AccountsApi.class);
        accounts.list();
        String key = tokens.tokenStoreKey();

        store.down = true;
        for (int renewal = 0; renewal < 3; renewal++) {
            clock.advance(Duration.ofMinutes(5)); // past expiry: every call needs a renewal
            accounts.list();
        }
        store.down = false;
        store.throwing = true; // a store client that throws instead of failing its stage
        clock.advance(Duration.ofMinutes(5));
        accounts.list();
        store.throwing = false;
        clock.advance(Duration.ofMinutes(5));
        accounts.list();

        assertThat(count(sim, ACCOUNTS)).isEqualTo(6);
        assertThat(count(sim, EXCHANGE)).isEqualTo(1);
        assertThat(count(sim, REFRESH)).isEqualTo(5);
        assertThat(tokens.storeFailures()).isPositive();
        assertThat(warnings).filteredOn(r -> r.getMessage().contains("token store failed")).hasSize(1);
        // back: the newest token is in the store again
        StoredToken stored = store.entries.load(key).toCompletableFuture().join().orElseThrow();
        assertThat(stored.accessToken()).isEqualTo(tokens.currentCredential().orElseThrow().token());
    }
}
