package io.quarkiverse.engagevoice.mockserver;

import java.time.Duration;
import java.util.Map;
import java.util.logging.Logger;

import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkus.test.common.DevServicesContext;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A Quarkus test resource that gives the test the simulator the default Engage Voice client talks to:
 *
 * <pre>
 * {
 *     &#64;code
 *     &#64;QuarkusTest
 *     &#64;QuarkusTestResource(EngageVoiceSimulatorResource.class)
 *     class MyTest {
 *         @InjectEngageVoiceSimulator
 *         EngageVoiceSimulator simulator; // its journal, faults, reset
 *     }
 * }
 * </pre>
 *
 * When the Dev Service runs a simulator with the settings asked for here, the resource joins it: it injects
 * {@linkplain EngageVoiceSimulator#connect controls of that simulator} and leaves the configuration the Dev Service
 * made alone, so the test and the application see one simulator. Otherwise (no Dev Service, other settings, or
 * {@code join-dev-service=false}) it starts its own simulator on a free port and configures the default client for
 * it: its server, and a login as the simulator's demo user (whose account, the sales account, is what {@code ~}
 * stands for).
 * <p>
 * Init arguments: {@code legacy} ({@code true}/{@code false}), {@code token-ttl} (an ISO-8601 duration, 5 minutes
 * by default like the Dev Service's) and {@code join-dev-service} ({@code true} by default).
 */
public class EngageVoiceSimulatorResource
        implements QuarkusTestResourceLifecycleManager, DevServicesContext.ContextAware {

    /** The setting through which the Dev Service hands its simulator's URL to the application and to this resource. */
    static final String DEV_SERVICE_URL = "quarkus.engage-voice.server";

    private static final Logger LOG = Logger.getLogger(EngageVoiceSimulatorResource.class.getName());

    private EngageVoiceSimulator simulator;
    private boolean legacy;
    private Duration tokenTtl = Duration.ofMinutes(5);
    private boolean joinDevService = true;
    private Map<String, String> devServices = Map.of();

    @Override
    public void setIntegrationTestContext(DevServicesContext context) {
        devServices = context.devServicesProperties();
    }

    @Override
    public void init(Map<String, String> initArgs) {
        legacy = Boolean.parseBoolean(initArgs.getOrDefault("legacy", "false"));
        if (initArgs.containsKey("token-ttl")) {
            tokenTtl = Duration.parse(initArgs.get("token-ttl"));
        }
        joinDevService = Boolean.parseBoolean(initArgs.getOrDefault("join-dev-service", "true"));
    }

    @Override
    public Map<String, String> start() {
        String devService = joinDevService ? devServices.get(DEV_SERVICE_URL) : null;
        if (devService != null) {
            EngageVoiceSimulator running = EngageVoiceSimulator.connect(devService);
            if (running.legacy() == legacy && running.tokenTtl().equals(tokenTtl)) {
                simulator = running;
                return Map.of(); // the Dev Service configured the default client for this very simulator
            }
            LOG.info(() -> "The Dev Service's simulator (" + running + ", token TTL " + running.tokenTtl()
                    + ") does not have the settings asked for (legacy " + legacy + ", token TTL " + tokenTtl
                    + "): starting another one");
        }
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

    /** Stops the simulator this resource started; a joined Dev Service keeps running. */
    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
