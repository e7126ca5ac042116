package io.quarkiverse.engagevoice.it;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.InjectEngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.ManualClock;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The servers of the packaged application (JVM jar or native binary), started in the test JVM: a current simulator
 * on a manual clock with short-lived tokens for the default client, which logs in with the Engage login, and a legacy
 * simulator for the named client {@code vacd}. Tests get both, and the clock, by a field
 * {@code @InjectEngageVoiceSimulator Simulators simulators}. Every test class shares one application and these
 * simulators: tests read the journal from a mark rather than clearing it, so that it keeps the application's history.
 */
public class PackagedAppSimulators implements QuarkusTestResourceLifecycleManager {

    /** The lifetime of the tokens the current simulator issues: short, so that tests can outlive them. */
    static final Duration TOKEN_TTL = Duration.ofMinutes(2);

    private Simulators simulators;

    @Override
    public Map<String, String> start() {
        ManualClock clock = ManualClock.startingNow();
        EngageVoiceSimulator current = EngageVoiceSimulator.builder().tokenTtl(TOKEN_TTL).clock(clock).start();
        EngageVoiceSimulator legacy = EngageVoiceSimulator.builder().legacy(true).start();
        simulators = new Simulators(current, legacy, clock);

        Map<String, String> config = new HashMap<>();
        config.put("quarkus.engage-voice.server", current.baseUrl());
        config.put("quarkus.engage-voice.auth.username", SimulatorCredentials.ENGAGE_USERNAME);
        config.put("quarkus.engage-voice.auth.password", SimulatorCredentials.ENGAGE_PASSWORD);
        config.put("quarkus.engage-voice.auth.platform-id", SimulatorCredentials.ENGAGE_PLATFORM_ID);
        // well below the token lifetime: the client renews only when a test moves the simulator's clock
        config.put("quarkus.engage-voice.auth.refresh-skew", "10s");
        config.put("quarkus.engage-voice.\"vacd\".server", legacy.baseUrl());
        config.put("quarkus.engage-voice.\"vacd\".legacy", "true");
        config.put("quarkus.engage-voice.\"vacd\".account-id", SimulatorCredentials.SALES_ACCOUNT_ID);
        config.put("quarkus.engage-voice.\"vacd\".auth.username", SimulatorCredentials.LEGACY_USERNAME);
        config.put("quarkus.engage-voice.\"vacd\".auth.password", SimulatorCredentials.LEGACY_PASSWORD);
        return config;
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(simulators,
                new TestInjector.AnnotatedAndMatchesType(InjectEngageVoiceSimulator.class, Simulators.class));
    }

    @Override
    public void stop() {
        if (simulators != null) {
            simulators.current().close();
            simulators.legacy().close();
        }
    }

    /**
     * @param current the server of the default client
     * @param legacy the server of the named client {@code vacd}
     * @param clock the clock of {@code current}'s token expiry
     */
    public record Simulators(EngageVoiceSimulator current, EngageVoiceSimulator legacy, ManualClock clock) {

        /** A mark in {@code current}'s journal, for {@link #currentSince}. */
        public int mark() {
            return current.journal().size();
        }

        /** What {@code current} received since {@code mark}. */
        public List<RecordedRequest> currentSince(int mark) {
            List<RecordedRequest> journal = current.journal();
            return journal.subList(mark, journal.size());
        }
    }
}
