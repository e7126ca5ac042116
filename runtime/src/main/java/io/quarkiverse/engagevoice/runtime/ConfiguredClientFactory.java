package io.quarkiverse.engagevoice.runtime;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkiverse.engagevoice.EngageVoiceClients;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.runtime.EngageVoiceConfig.ClientConfig;

/** Builds a client from its configuration, naming the configuration properties in every error. */
final class ConfiguredClientFactory {

    private ConfiguredClientFactory() {
    }

    static EngageVoiceClient create(String name, ClientConfig config, String quarkusVersion) {
        String prefix = prefix(name);
        var appConfig = ConfigProvider.getConfig();
        EngageVoiceClient.Builder b = EngageVoiceClient.builder()
                .settingName("server", prefix + "server")
                .settingName("userAgent", prefix + "user-agent")
                .settingName("connectTimeout", prefix + "connect-timeout")
                .settingName("readTimeout", prefix + "read-timeout")
                .settingName("credentials", prefix + "auth")
                .settingName("accessToken", prefix + "auth.access-token")
                .settingName("apiToken", prefix + "auth.api-token")
                .server(config.server().orElse(null))
                .legacy(config.legacy().orElse(null))
                .accountId(config.accountId().orElse(null))
                .userAgent(config.userAgent().orElse(null))
                .application(appConfig.getOptionalValue("quarkus.application.name", String.class).orElse(null),
                        appConfig.getOptionalValue("quarkus.application.version", String.class).orElse(null))
                .runtime("Quarkus", quarkusVersion)
                .methodOverride(config.methodOverride())
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .accessToken(config.auth().accessToken().orElse(null))
                .apiToken(config.auth().apiToken().orElse(null))
                .authenticationFilter(NonBlockingAuthenticationFilter::new);
        return b.build();
    }

    /** {@code quarkus.engage-voice.} for the default client, {@code quarkus.engage-voice."name".} otherwise. */
    static String prefix(String name) {
        return EngageVoiceClients.DEFAULT.equals(name) ? "quarkus.engage-voice." : "quarkus.engage-voice.\"" + name + "\".";
    }
}
