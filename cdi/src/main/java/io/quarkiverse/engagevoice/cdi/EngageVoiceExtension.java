package io.quarkiverse.engagevoice.cdi;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkiverse.engagevoice.EngageVoiceClientName;
import io.quarkiverse.engagevoice.client.EngageVoiceApis;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;

/**
 * Makes Engage Voice clients injectable on any Jakarta EE server with CDI and MicroProfile Config (WildFly, Payara,
 * Open Liberty...), configured like the Quarkus extension without the {@code quarkus.} prefix:
 *
 * <pre>
 * {@code
 * # META-INF/microprofile-config.properties
 * engage-voice.server=ringcx
 * engage-voice.auth.ringcentral.client-id=...
 * engage-voice."tenant-a".auth.api-token=...
 *
 * &#64;Inject AgentGroupsApi groups;                                            // the default client
 * &#64;Inject @EngageVoiceClientName("tenant-a") AgentGroupsApi tenantAGroups; // a named one
 * }
 * </pre>
 *
 * A client exists for each name with properties, and for each name an injection point asks for. Every API interface
 * of {@link EngageVoiceApis#all()} is an {@code @ApplicationScoped} bean of its client. The {@link EngageVoiceClient}
 * itself is a {@code @Singleton} bean: the class is final, so no container can proxy it for a normal scope, and a
 * proxy would buy nothing since there is one client per name for the whole life of the application; every injection
 * point gets that same instance.
 * <p>
 * Clients are built, and every setting checked, once the deployment is validated: a wrong or unknown property, or a
 * missing one, fails the deployment with a message naming it (no call is made to the server for that). They are
 * closed when the container shuts down.
 */
public class EngageVoiceExtension implements Extension {

    private final Set<String> requested = ConcurrentHashMap.newKeySet();
    private final Map<String, EngageVoiceClient> clients = new ConcurrentHashMap<>();
    private final Set<String> names = new TreeSet<>();

    void registerQualifier(@Observes BeforeBeanDiscovery discovery) {
        discovery.addQualifier(EngageVoiceClientName.class);
    }

    /** Remembers the clients that injection points ask for, so that an unconfigured one fails by its name. */
    void collectRequestedClients(@Observes ProcessInjectionPoint<?, ?> event) {
        InjectionPoint point = event.getInjectionPoint();
        if (!(point.getType() instanceof Class<?> type)
                || type != EngageVoiceClient.class && !EngageVoiceApis.all().contains(type)) {
            return;
        }
        String name = ClientProperties.DEFAULT;
        for (Annotation qualifier : point.getQualifiers()) {
            if (qualifier instanceof EngageVoiceClientName named) {
                name = named.value();
            }
        }
        requested.add(name);
    }

    void addBeans(@Observes AfterBeanDiscovery discovery) {
        ClientProperties properties = new ClientProperties(ConfigProvider.getConfig());
        names.addAll(properties.configuredClients());
        names.addAll(requested);
        for (String name : names) {
            Annotation[] qualifiers = qualifiers(name);
            discovery.addBean()
                    .beanClass(EngageVoiceClient.class)
                    .types(EngageVoiceClient.class, Object.class)
                    .qualifiers(qualifiers)
                    .scope(Singleton.class)
                    .createWith(context -> client(name));
            for (Class<?> api : EngageVoiceApis.all()) {
                discovery.addBean()
                        .beanClass(api)
                        .types(api, Object.class)
                        .qualifiers(qualifiers)
                        .scope(ApplicationScoped.class)
                        .createWith(context -> client(name).api(api));
            }
        }
    }

    /** Builds every client now, so that a bad setting fails the deployment rather than the first call. */
    void buildClients(@Observes AfterDeploymentValidation validation) {
        ClientProperties properties = new ClientProperties(ConfigProvider.getConfig());
        Optional<ServerRuntime> runtime = ServerRuntime.detect();
        for (String name : names) {
            try {
                clients.put(name, properties.builder(name, runtime).build());
            } catch (RuntimeException e) { // an InvalidSettingException names the property, and so the client
                validation.addDeploymentProblem(e);
            }
        }
    }

    void closeClients(@Observes BeforeShutdown shutdown) {
        List<EngageVoiceClient> open = new ArrayList<>(clients.values());
        clients.clear();
        open.forEach(EngageVoiceClient::close);
    }

    private EngageVoiceClient client(String name) {
        EngageVoiceClient client = clients.get(name);
        if (client == null) {
            throw new IllegalStateException("the Engage Voice client " + describe(name)
                    + " is not available: the application is not started, or it is shut down");
        }
        return client;
    }

    private static Annotation[] qualifiers(String name) {
        return ClientProperties.DEFAULT.equals(name) ? new Annotation[] { Default.Literal.INSTANCE, Any.Literal.INSTANCE }
                : new Annotation[] { EngageVoiceClientName.Literal.of(name), Any.Literal.INSTANCE };
    }

    private static String describe(String name) {
        return ClientProperties.DEFAULT.equals(name) ? "configured under " + ClientProperties.ROOT + "*"
                : "'" + name + "' (" + ClientProperties.prefix(name) + "*)";
    }
}
