package io.quarkiverse.engagevoice.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkiverse.engagevoice.EngageVoiceClients;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.InvalidSettingException;
import io.quarkiverse.engagevoice.client.spi.ClientSetting;
import io.quarkus.arc.SyntheticCreationalContext;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.Recorder;
import io.quarkus.runtime.configuration.ConfigurationException;

/** Creates the clients from the runtime configuration, and the beans that hand out their API interfaces. */
@Recorder
public class EngageVoiceRecorder {

    /** Names under quarkus.engage-voice that are settings, not clients. */
    public static final Set<String> RESERVED_NAMES = Set.of("devservices", "health");

    private final RuntimeValue<EngageVoiceConfig> config;

    public EngageVoiceRecorder(RuntimeValue<EngageVoiceConfig> config) {
        this.config = config;
    }

    /**
     * Every configured client and every client an injection point names, built and checked at startup.
     *
     * @param namesInUse the client names injection points use ({@link EngageVoiceClients#DEFAULT} for unqualified ones)
     * @param quarkusVersion for the default User-Agent
     */
    public Function<SyntheticCreationalContext<EngageVoiceClients>, EngageVoiceClients> clients(Set<String> namesInUse,
            String quarkusVersion) {
        return context -> {
            Map<String, EngageVoiceConfig.ClientConfig> configured = config.getValue().clients();
            Config appConfig = ConfigProvider.getConfig();
            Set<String> names = new TreeSet<>(namesInUse);
            for (var entry : configured.entrySet()) {
                // keys of the build-time settings (devservices.*) also land in the map: only real clients count
                if (!RESERVED_NAMES.contains(entry.getKey())
                        && ConfiguredSettings.anySet(appConfig, entry.getKey(), ClientSetting::configuresClient)) {
                    names.add(entry.getKey());
                }
            }
            Map<String, EngageVoiceClient> clients = new LinkedHashMap<>();
            for (String name : names) {
                EngageVoiceConfig.ClientConfig clientConfig = configured.get(name);
                if (clientConfig == null) {
                    clientConfig = configured.get(EngageVoiceClients.DEFAULT);
                }
                try {
                    clients.put(name, ConfiguredClientFactory.create(name, clientConfig, quarkusVersion));
                } catch (InvalidSettingException e) {
                    throw new ConfigurationException("Engage Voice client '" + name + "': " + e.getMessage(),
                            Set.of(e.setting()));
                }
            }
            return new EngageVoiceClients(clients);
        };
    }

    /** The API interface {@code type} of the client {@code name}, or the client itself. */
    public Function<SyntheticCreationalContext<Object>, Object> api(String name, String type) {
        return context -> {
            try {
                EngageVoiceClient client = context.getInjectedReference(EngageVoiceClients.class).client(name);
                if (type.equals(EngageVoiceClient.class.getName())) {
                    return client;
                }
                return client.api(Class.forName(type, false, Thread.currentThread().getContextClassLoader()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
