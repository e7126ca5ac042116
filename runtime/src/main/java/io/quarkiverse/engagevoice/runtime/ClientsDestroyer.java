package io.quarkiverse.engagevoice.runtime;

import java.util.Map;

import jakarta.enterprise.context.spi.CreationalContext;

import io.quarkiverse.engagevoice.EngageVoiceClients;
import io.quarkus.arc.BeanDestroyer;

/** Closes every client when the application stops (and on each dev-mode restart), releasing its connections. */
public class ClientsDestroyer implements BeanDestroyer<EngageVoiceClients> {

    @Override
    public void destroy(EngageVoiceClients clients, CreationalContext<EngageVoiceClients> context,
            Map<String, Object> params) {
        clients.names().forEach(name -> clients.client(name).close());
    }
}
