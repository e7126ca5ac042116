package io.quarkiverse.engagevoice.demo;

import java.util.concurrent.atomic.AtomicInteger;

import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Runs the demo against a real account when one is configured through {@code QUARKUS_ENGAGE_VOICE_*} environment
 * variables, and otherwise against the embedded simulator, started here before the application so that the
 * default client is configured for it.
 */
@QuarkusMain
public class DemoMain {

    public static void main(String... args) {
        EngageVoiceSimulator simulator = null;
        if (System.getenv().keySet().stream().noneMatch(k -> k.startsWith("QUARKUS_ENGAGE_VOICE_"))) {
            simulator = EngageVoiceSimulator.builder().start();
            System.setProperty("quarkus.engage-voice.server", simulator.baseUrl());
            System.setProperty("quarkus.engage-voice.auth.username", SimulatorCredentials.ENGAGE_USERNAME);
            System.setProperty("quarkus.engage-voice.auth.password", SimulatorCredentials.ENGAGE_PASSWORD);
            System.setProperty("quarkus.engage-voice.auth.platform-id", SimulatorCredentials.ENGAGE_PLATFORM_ID);
            System.out.println("No Engage Voice account configured: using the embedded simulator at "
                    + simulator.baseUrl());
        }
        AtomicInteger exitCode = new AtomicInteger();
        try {
            Quarkus.run(DemoApplication.class, (code, failure) -> {
                if (failure != null) {
                    failure.printStackTrace();
                }
                exitCode.set(code);
            }, args);
        } finally {
            if (simulator != null) {
                simulator.close();
            }
        }
        System.exit(exitCode.get());
    }
}
