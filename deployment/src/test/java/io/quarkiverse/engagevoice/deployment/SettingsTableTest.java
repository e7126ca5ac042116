package io.quarkiverse.engagevoice.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.spi.ClientSetting;
import io.quarkiverse.engagevoice.runtime.EngageVoiceConfig;
import io.smallrye.config.WithDefault;

/**
 * The client's configuration mapping and the settings table agree: every property of a client is a row (or falls in a
 * group row such as {@code resilience.*}), every row is a property, and their defaults are the same.
 */
class SettingsTableTest {

    @Test
    void everyClientPropertyIsARowAndEveryRowAProperty() {
        Map<String, Optional<String>> mapped = new TreeMap<>();
        collect(EngageVoiceConfig.ClientConfig.class, "", mapped);
        Map<String, Optional<String>> table = Arrays.stream(ClientSetting.values())
                .collect(Collectors.toMap(ClientSetting::property, ClientSetting::defaultValue, (a, b) -> a, TreeMap::new));

        assertThat(mapped).isEqualTo(table);
    }

    /** The properties of a config interface and their defaults; a group the table holds as {@code x.*} stays whole. */
    private static void collect(Class<?> group, String prefix, Map<String, Optional<String>> out) {
        for (Method method : group.getDeclaredMethods()) {
            if (method.isDefault() || method.isSynthetic()) {
                continue;
            }
            String name = prefix + kebab(method.getName());
            Class<?> type = method.getReturnType();
            if (type.isInterface() && type.getEnclosingClass() == EngageVoiceConfig.class) {
                if (ClientSetting.of(name + ".x").filter(ClientSetting::isGroup).isPresent()) {
                    out.put(name + ".*", Optional.empty());
                } else {
                    collect(type, name + ".", out);
                }
                continue;
            }
            WithDefault byDefault = method.getAnnotation(WithDefault.class);
            out.put(name, Optional.ofNullable(byDefault).map(WithDefault::value));
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
