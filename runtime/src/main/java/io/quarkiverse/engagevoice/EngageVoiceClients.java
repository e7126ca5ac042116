package io.quarkiverse.engagevoice;

import java.util.Map;
import java.util.Set;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;

/**
 * Every configured Engage Voice client of the application, by name. Inject it to reach a client chosen at run
 * time; for a fixed client, inject the API interface itself.
 */
public final class EngageVoiceClients {

    /** The name of the default client, configured directly under {@code quarkus.engage-voice.*}. */
    public static final String DEFAULT = "<default>";

    private final Map<String, EngageVoiceClient> clients;

    public EngageVoiceClients(Map<String, EngageVoiceClient> clients) {
        this.clients = Map.copyOf(clients);
    }

    /** The default client. */
    public EngageVoiceClient defaultClient() {
        return client(DEFAULT);
    }

    /**
     * A client by name.
     *
     * @throws IllegalArgumentException naming the configuration to add when there is no such client
     */
    public EngageVoiceClient client(String name) {
        EngageVoiceClient client = clients.get(name);
        if (client == null) {
            String prefix = DEFAULT.equals(name) ? "quarkus.engage-voice." : "quarkus.engage-voice.\"" + name + "\".";
            throw new IllegalArgumentException("no Engage Voice client named '" + name + "' is configured: set "
                    + prefix + "server and its credentials (" + prefix + "auth.*)");
        }
        return client;
    }

    /** The names of the configured clients, {@link #DEFAULT} among them when the default client is configured. */
    public Set<String> names() {
        return clients.keySet();
    }
}
