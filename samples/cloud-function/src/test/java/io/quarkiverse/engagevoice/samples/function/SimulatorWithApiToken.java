package io.quarkiverse.engagevoice.samples.function;

import java.util.Map;

import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.InjectEngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The simulator, and the function configured as a deployment would configure it from its environment
 * ({@code QUARKUS_ENGAGE_VOICE_SERVER}, {@code QUARKUS_ENGAGE_VOICE_ACCOUNT_ID}, {@code QUARKUS_ENGAGE_VOICE_AUTH_API_TOKEN}):
 * a permanent API token, which needs no login.
 */
public class SimulatorWithApiToken implements QuarkusTestResourceLifecycleManager {

    private EngageVoiceSimulator simulator;

    @Override
    public Map<String, String> start() {
        simulator = EngageVoiceSimulator.builder().start();
        return Map.of(
                "quarkus.engage-voice.server", simulator.baseUrl(),
                "quarkus.engage-voice.account-id", SimulatorCredentials.SALES_ACCOUNT_ID,
                "quarkus.engage-voice.auth.api-token", SimulatorCredentials.API_TOKEN);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(simulator,
                new TestInjector.AnnotatedAndMatchesType(InjectEngageVoiceSimulator.class, EngageVoiceSimulator.class));
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
