package io.quarkiverse.engagevoice.benchmarks;

import java.util.concurrent.atomic.AtomicInteger;

import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.SimulatorCredentials;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the simulator, points the default client at it with a real login, then runs {@link CallCostBenchmark}. */
@QuarkusMain
public class BenchmarkMain {

    public static void main(String... args) {
        try (EngageVoiceSimulator simulator = EngageVoiceSimulator.builder().journalLimit(100).start()) {
            System.setProperty("quarkus.engage-voice.server", simulator.baseUrl());
            System.setProperty("quarkus.engage-voice.auth.username", SimulatorCredentials.ENGAGE_USERNAME);
            System.setProperty("quarkus.engage-voice.auth.password", SimulatorCredentials.ENGAGE_PASSWORD);
            System.setProperty("quarkus.engage-voice.auth.platform-id", SimulatorCredentials.ENGAGE_PLATFORM_ID);
            AtomicInteger exitCode = new AtomicInteger();
            Quarkus.run(CallCostBenchmark.class, (code, failure) -> {
                if (failure != null) {
                    failure.printStackTrace();
                }
                exitCode.set(code);
            }, args);
            System.exit(exitCode.get());
        }
    }
}
