package io.quarkiverse.engagevoice.benchmarks;

import java.util.concurrent.atomic.AtomicInteger;

import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the simulator in its own process, points the default client at it with a real login, then runs
 * {@link CallCostBenchmark}.
 */
@QuarkusMain
public class BenchmarkMain {

    static SimulatorProcess simulator;

    public static void main(String... args) throws Exception {
        try (SimulatorProcess started = SimulatorProcess.start()) {
            simulator = started;
            System.setProperty("quarkus.engage-voice.server", started.baseUrl());
            System.setProperty("quarkus.engage-voice.auth.username", SimulatorCredentials.ENGAGE_USERNAME);
            System.setProperty("quarkus.engage-voice.auth.password", SimulatorCredentials.ENGAGE_PASSWORD);
            System.setProperty("quarkus.engage-voice.auth.platform-id", SimulatorCredentials.ENGAGE_PLATFORM_ID);
            // the same client with its resilience policy off: the policy's own cost on the happy path
            String off = "quarkus.engage-voice.\"" + CallCostBenchmark.POLICY_OFF + "\".";
            System.setProperty(off + "server", started.baseUrl());
            System.setProperty(off + "auth.username", SimulatorCredentials.ENGAGE_USERNAME);
            System.setProperty(off + "auth.password", SimulatorCredentials.ENGAGE_PASSWORD);
            System.setProperty(off + "auth.platform-id", SimulatorCredentials.ENGAGE_PLATFORM_ID);
            // -Dbenchmark.policy-off.<property>=<value> turns off a part only, such as resilience.timeout=0s
            System.setProperty(off + "resilience.enabled", "false");
            System.getProperties().stringPropertyNames().stream().filter(p -> p.startsWith("benchmark.policy-off."))
                    .forEach(p -> System.setProperty(off + p.substring("benchmark.policy-off.".length()),
                            System.getProperty(p)));
            AtomicInteger exitCode = new AtomicInteger();
            Quarkus.run(CallCostBenchmark.class, (code, failure) -> {
                if (failure != null) {
                    failure.printStackTrace();
                }
                exitCode.set(code);
            }, args);
            if (exitCode.get() != 0) {
                System.exit(exitCode.get());
            }
        }
        System.exit(0);
    }
}
