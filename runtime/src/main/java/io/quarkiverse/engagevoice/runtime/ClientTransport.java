package io.quarkiverse.engagevoice.runtime;

import java.util.Optional;
import java.util.Set;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.proxy.ProxyConfiguration;
import io.quarkus.proxy.ProxyConfigurationRegistry;
import io.quarkus.rest.client.reactive.runtime.RestClientBuilderImpl;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.tls.TlsConfiguration;
import io.quarkus.tls.TlsConfigurationRegistry;

/** A client's TLS and proxy configuration, looked up by name in the Quarkus registries, as the Quarkus REST client does. */
final class ClientTransport {

    private ClientTransport() {
    }

    /** The named TLS configuration, else the default one when it is set. */
    static Optional<TlsConfiguration> tls(String setting, Optional<String> name) {
        InjectableInstance<TlsConfigurationRegistry> registry = Arc.container().select(TlsConfigurationRegistry.class);
        if (!registry.isResolvable()) {
            if (name.isPresent()) {
                throw new ConfigurationException(setting + ": the Quarkus TLS registry is not available to resolve '"
                        + name.get() + "'", Set.of(setting));
            }
            return Optional.empty();
        }
        if (name.isPresent()) {
            return Optional.of(registry.get().get(name.get()).orElseThrow(() -> new ConfigurationException(setting
                    + ": there is no TLS configuration named '" + name.get() + "' (quarkus.tls.\"" + name.get()
                    + "\".*)", Set.of(setting))));
        }
        return TlsConfiguration.from(registry.get(), Optional.empty());
    }

    /** The named proxy configuration ({@code none}: no proxy), else the default one when it is set. */
    static Optional<ProxyConfiguration> proxy(String setting, Optional<String> name) {
        InjectableInstance<ProxyConfigurationRegistry> registry = Arc.container().select(ProxyConfigurationRegistry.class);
        if (!registry.isResolvable()) {
            if (name.isPresent() && !ProxyConfigurationRegistry.NONE.equals(name.get())) {
                throw new ConfigurationException(setting + ": the Quarkus proxy registry is not available to resolve '"
                        + name.get() + "'", Set.of(setting));
            }
            return Optional.empty();
        }
        try {
            return registry.get().get(name).map(ProxyConfiguration::assertHttpType);
        } catch (IllegalStateException e) {
            throw new ConfigurationException(setting + ": there is no usable proxy configuration named '"
                    + name.orElse("") + "' (quarkus.proxy.\"" + name.orElse("") + "\".*): " + e.getMessage(),
                    Set.of(setting));
        }
    }

    static void applyProxy(RestClientBuilderImpl builder, ProxyConfiguration proxy) {
        builder.proxyAddress(proxy.host(), proxy.port());
        proxy.username().ifPresent(builder::proxyUser);
        proxy.password().ifPresent(builder::proxyPassword);
        proxy.nonProxyHosts().ifPresent(hosts -> builder.nonProxyHosts(String.join("|", hosts)));
        proxy.proxyConnectTimeout().ifPresent(builder::proxyConnectTimeout);
        builder.proxyType(proxy.type());
    }
}
