package io.quarkiverse.engagevoice.deployment;

import java.time.Duration;

/**
 * What the Dev Service's simulator is started with: the key under which Quarkus keeps it running across dev-mode
 * restarts (a value, compared with {@code equals}); changing any of these starts a new simulator.
 */
record SimulatorSettings(int port, boolean legacy, Duration tokenTtl) {

    static SimulatorSettings of(EngageVoiceBuildConfig.DevServicesConfig config) {
        return new SimulatorSettings(config.port().orElse(0), config.legacy(), config.tokenTtl());
    }
}
