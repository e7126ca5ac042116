package io.quarkiverse.engagevoice.deployment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkiverse.engagevoice.EngageVoiceClients;
import io.quarkiverse.engagevoice.client.spi.ClientSetting;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.runtime.ConfiguredSettings;
import io.quarkus.deployment.IsDevServicesSupportedByLaunchMode;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.DevServicesResultBuildItem;
import io.quarkus.deployment.builditem.Startable;
import io.quarkus.deployment.dev.devservices.DevServicesConfig;

/**
 * In dev and test mode, when the default client has no server and no credentials, starts the embedded simulator and
 * points the default client at it, logging in with the simulator's demo user.
 */
class DevServicesProcessor {

    private static final Logger LOG = Logger.getLogger(DevServicesProcessor.class);
    static final String PREFIX = ConfiguredSettings.ROOT;

    @BuildStep(onlyIf = { IsDevServicesSupportedByLaunchMode.class, DevServicesConfig.Enabled.class })
    DevServicesResultBuildItem simulator(EngageVoiceBuildConfig build) {
        EngageVoiceBuildConfig.DevServicesConfig dev = build.devservices();
        Config config = ConfigProvider.getConfig();
        if (!dev.enabled() || defaultClientConfigured(config)) {
            return null;
        }
        Map<String, Function<SimulatorService, String>> settings = new LinkedHashMap<>();
        settings.put(PREFIX + "server", SimulatorService::url);
        settings.put(PREFIX + "legacy", s -> String.valueOf(dev.legacy()));
        // a real login, so that dev mode exercises the token lifecycle; "~" is the account the login names
        settings.put(PREFIX + "auth.username",
                s -> dev.legacy() ? SimulatorCredentials.LEGACY_USERNAME : SimulatorCredentials.ENGAGE_USERNAME);
        settings.put(PREFIX + "auth.password",
                s -> dev.legacy() ? SimulatorCredentials.LEGACY_PASSWORD : SimulatorCredentials.ENGAGE_PASSWORD);
        if (!dev.legacy()) {
            settings.put(PREFIX + "auth.platform-id", s -> SimulatorCredentials.ENGAGE_PLATFORM_ID);
        }
        return DevServicesResultBuildItem.<SimulatorService> owned()
                .feature(EngageVoiceProcessor.FEATURE)
                .serviceName("engage-voice")
                // the reuse key: dev-mode restarts keep the running simulator (and its data) while these are unchanged
                .serviceConfig(SimulatorSettings.of(dev))
                .description("Engage Voice simulator")
                .startable(() -> new SimulatorService(dev))
                .postStartHook(s -> LOG.infof("Dev Services for Engage Voice started the simulator at %s;"
                        + " the default client logs in to it as %s", s.url(),
                        dev.legacy() ? SimulatorCredentials.LEGACY_USERNAME : SimulatorCredentials.ENGAGE_USERNAME))
                .configProvider(settings)
                .build();
    }

    /** A server or any credential of the default client (the settings table says which) turns the simulator off. */
    static boolean defaultClientConfigured(Config config) {
        return ConfiguredSettings.anySet(config, EngageVoiceClients.DEFAULT, ClientSetting::choosesServer);
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
