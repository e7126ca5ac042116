package io.quarkiverse.engagevoice.runtime;

import java.util.function.Predicate;

import org.eclipse.microprofile.config.Config;

import io.quarkiverse.engagevoice.EngageVoiceClients;
import io.quarkiverse.engagevoice.client.spi.ClientSetting;

/** The table of client settings ({@link ClientSetting}) read against the configuration, by client name. */
public final class ConfiguredSettings {

    /** The prefix of every property of the extension. */
    public static final String ROOT = "quarkus.engage-voice.";

    private ConfiguredSettings() {
    }

    /** {@code quarkus.engage-voice.} for the default client, {@code quarkus.engage-voice."name".} otherwise. */
    public static String prefix(String name) {
        return EngageVoiceClients.DEFAULT.equals(name) ? ROOT : ROOT + "\"" + name + "\".";
    }

    /** Whether the configuration gives client {@code name} a non-blank value for any of the settings chosen. */
    public static boolean anySet(Config config, String name, Predicate<ClientSetting> which) {
        String prefix = prefix(name);
        for (ClientSetting setting : ClientSetting.values()) {
            if (which.test(setting) && isSet(config, prefix, setting)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSet(Config config, String prefix, ClientSetting setting) {
        if (!setting.isGroup()) {
            return hasValue(config, prefix + setting.property());
        }
        for (String property : config.getPropertyNames()) {
            if (property.startsWith(prefix) && setting.matches(property.substring(prefix.length()))
                    && hasValue(config, property)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasValue(Config config, String property) {
        return config.getOptionalValue(property, String.class).filter(v -> !v.isBlank()).isPresent();
    }
}
