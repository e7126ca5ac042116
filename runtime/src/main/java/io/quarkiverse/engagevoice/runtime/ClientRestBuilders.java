package io.quarkiverse.engagevoice.runtime;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

import io.quarkiverse.engagevoice.EngageVoiceClientCustomizer;
import io.quarkiverse.engagevoice.runtime.EngageVoiceConfig.ClientConfig;
import io.quarkus.proxy.ProxyConfiguration;
import io.quarkus.rest.client.reactive.runtime.RestClientBuilderImpl;
import io.quarkus.tls.TlsConfiguration;

/**
 * The Rest Client builders of one client: the redacting logger, the client's TLS and proxy configuration from the
 * Quarkus registries, the observers (metrics, tracing) and the application's customizers. Everything is resolved
 * once, when the client is created, so that a wrong name fails the startup.
 */
final class ClientRestBuilders {

    private ClientRestBuilders() {
    }

    static Supplier<RestClientBuilder> of(String name, ClientConfig config) {
        String prefix = ConfiguredSettings.prefix(name);
        Optional<TlsConfiguration> tls = ClientTransport.tls(prefix + "tls-configuration-name",
                config.tlsConfigurationName());
        Optional<ProxyConfiguration> proxy = ClientTransport.proxy(prefix + "proxy-configuration-name",
                config.proxyConfigurationName());
        List<ClientObserver.Registration> observers = ClientObservers.forClient(name);
        List<EngageVoiceClientCustomizer> customizers = ClientCustomizers.forClient(name);
        return () -> {
            RestClientBuilder builder = RedactingClientLogger.builder();
            if (builder instanceof RestClientBuilderImpl quarkus) {
                tls.ifPresent(quarkus::tlsConfiguration);
                proxy.ifPresent(p -> ClientTransport.applyProxy(quarkus, p));
            }
            observers.forEach(o -> builder.register(o.provider(), o.priority()));
            customizers.forEach(c -> c.customize(name, builder));
            return builder;
        };
    }
}
