package io.quarkiverse.engagevoice.deployment;

import java.util.Map;
import java.util.function.Function;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.SimulatorCredentials;
import io.quarkus.deployment.IsDevServicesSupportedByLaunchMode;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.DevServicesResultBuildItem;
import io.quarkus.deployment.builditem.Startable;
import io.quarkus.deployment.dev.devservices.DevServicesConfig;

/**
 * In dev and test mode, when the default client has no server and no credentials, starts the embedded simulator and
 * points the default client at it with its demo API token.
 */
class DevServicesProcessor {

    private static final Logger LOG = Logger.getLogger(DevServicesProcessor.class);
    static final String PREFIX = "quarkus.engage-voice.";

    @BuildStep(onlyIf = { IsDevServicesSupportedByLaunchMode.class, DevServicesConfig.Enabled.class })
    DevServicesResultBuildItem simulator(EngageVoiceBuildConfig build) {
        EngageVoiceBuildConfig.DevServicesConfig dev = build.devservices();
        Config config = ConfigProvider.getConfig();
        if (!dev.enabled() || defaultClientConfigured(config)) {
            return null;
        }
        Map<String, Function<SimulatorService, String>> settings = new java.util.LinkedHashMap<>();
        settings.put(PREFIX + "server", SimulatorService::url);
        settings.put(PREFIX + "legacy", s -> String.valueOf(dev.legacy()));
        settings.put(PREFIX + "auth.api-token", s -> SimulatorCredentials.API_TOKEN);
        if (config.getOptionalValue(PREFIX + "account-id", String.class).isEmpty()) {
            settings.put(PREFIX + "account-id", s -> SimulatorCredentials.SALES_ACCOUNT_ID);
        }
        return DevServicesResultBuildItem.<SimulatorService> owned()
                .feature(EngageVoiceProcessor.FEATURE)
                .serviceName("engage-voice")
                .description("Engage Voice simulator")
                .startable(() -> new SimulatorService(dev))
                .postStartHook(s -> LOG.infof("Dev Services for Engage Voice started the simulator at %s;"
                        + " the default client uses it with the simulator's demo API token", s.url()))
                .configProvider(settings)
                .build();
    }

    /** A server or any credential of the default client turns the simulator off. */
    static boolean defaultClientConfigured(Config config) {
        for (String name : config.getPropertyNames()) {
            if (name.equals(PREFIX + "server") || name.startsWith(PREFIX + "auth.")) {
                if (config.getOptionalValue(name, String.class).filter(v -> !v.isBlank()).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The simulator as a Dev Service. */
    static final class SimulatorService implements Startable {
        private final EngageVoiceBuildConfig.DevServicesConfig config;
        private volatile EngageVoiceSimulator simulator;

        SimulatorService(EngageVoiceBuildConfig.DevServicesConfig config) {
            this.config = config;
        }

        @Override
        public void start() {
            simulator = EngageVoiceSimulator.builder()
                    .port(config.port().orElse(0))
                    .legacy(config.legacy())
                    .tokenTtl(config.tokenTtl())
                    .start();
        }

        String url() {
            return simulator.baseUrl();
        }

        @Override
        public String getConnectionInfo() {
            return url();
        }

        @Override
        public String getContainerId() {
            return null;
        }

        @Override
        public void close() {
            if (simulator != null) {
                simulator.close();
            }
        }
    }
}
