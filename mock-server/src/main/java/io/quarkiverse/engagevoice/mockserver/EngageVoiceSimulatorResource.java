package io.quarkiverse.engagevoice.mockserver;

import java.time.Duration;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A Quarkus test resource that starts the simulator on a free port and configures the default Engage Voice client
 * for it: its server, and a login as the simulator's demo user (whose account, the sales account, is what {@code ~}
 * stands for):
 *
 * <pre>{@code
 * @QuarkusTest
 * @QuarkusTestResource(EngageVoiceSimulatorResource.class)
 * class MyTest {
 *     @InjectEngageVoiceSimulator
 *     EngageVoiceSimulator simulator; // its journal, faults, reset
 * }
 * }</pre>
 *
 * Init arguments: {@code legacy} ({@code true}/{@code false}) and {@code token-ttl} (an ISO-8601 duration).
 */
public class EngageVoiceSimulatorResource implements QuarkusTestResourceLifecycleManager {

    private EngageVoiceSimulator simulator;
    private boolean legacy;
    private Duration tokenTtl = Duration.ofMinutes(5);

    @Override
    public void init(Map<String, String> initArgs) {
        legacy = Boolean.parseBoolean(initArgs.getOrDefault("legacy", "false"));
        if (initArgs.containsKey("token-ttl")) {
            tokenTtl = Duration.parse(initArgs.get("token-ttl"));
        }
    }

    @Override
    public Map<String, String> start() {
        simulator = EngageVoiceSimulator.builder().legacy(legacy).tokenTtl(tokenTtl).start();
        // the same settings as the Dev Service, so that both can meet in one test run without a conflict
        return Map.of(
                "quarkus.engage-voice.server", simulator.baseUrl(),
                "quarkus.engage-voice.legacy", String.valueOf(legacy),
                "quarkus.engage-voice.auth.username",
                legacy ? SimulatorCredentials.LEGACY_USERNAME : SimulatorCredentials.ENGAGE_USERNAME,
                "quarkus.engage-voice.auth.password",
                legacy ? SimulatorCredentials.LEGACY_PASSWORD : SimulatorCredentials.ENGAGE_PASSWORD,
                "quarkus.engage-voice.auth.platform-id", SimulatorCredentials.ENGAGE_PLATFORM_ID);
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
