package io.quarkiverse.engagevoice.deployment;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassType;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Type;

import io.quarkiverse.engagevoice.EngageVoiceClientCustomizer;
import io.quarkiverse.engagevoice.EngageVoiceClientName;
import io.quarkiverse.engagevoice.EngageVoiceClients;
import io.quarkiverse.engagevoice.RingCentralTokenSupplier;
import io.quarkiverse.engagevoice.client.EngageVoiceApis;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.api.auth.AuthApis;
import io.quarkiverse.engagevoice.client.auth.TokenProvider;
import io.quarkiverse.engagevoice.client.auth.TokenStore;
import io.quarkiverse.engagevoice.client.spi.ClientSetting;
import io.quarkiverse.engagevoice.runtime.ClientObserver;
import io.quarkiverse.engagevoice.runtime.ClientsDestroyer;
import io.quarkiverse.engagevoice.runtime.ConfiguredSettings;
import io.quarkiverse.engagevoice.runtime.EngageVoiceHealthCheck;
import io.quarkiverse.engagevoice.runtime.EngageVoiceRecorder;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.BeanDiscoveryFinishedBuildItem;
import io.quarkus.arc.deployment.SyntheticBeanBuildItem;
import io.quarkus.arc.deployment.UnremovableBeanBuildItem;
import io.quarkus.arc.processor.InjectionPointInfo;
import io.quarkus.builder.Version;
import io.quarkus.credentials.CredentialsProvider;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.IndexDependencyBuildItem;
import io.quarkus.deployment.builditem.nativeimage.NativeImageProxyDefinitionBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.proxy.ProxyConfigurationRegistry;
import io.quarkus.smallrye.health.deployment.spi.HealthBuildItem;
import io.quarkus.tls.TlsConfigurationRegistry;

/** Indexes the client jar, registers its models for reflection, and makes every API interface injectable. */
class EngageVoiceProcessor {

    static final String FEATURE = "engage-voice";
    private static final DotName CLIENT_NAME = DotName.createSimple(EngageVoiceClientName.class);
    private static final String MODEL_PACKAGE = "io.quarkiverse.engagevoice.client.model";
    private static final String ERROR_PACKAGE = "io.quarkiverse.engagevoice.client.error";

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /** The interfaces must be in the index for the Quarkus REST client to generate their implementations. */
    @BuildStep
    IndexDependencyBuildItem indexClient() {
        return new IndexDependencyBuildItem("io.quarkiverse.engagevoice", "engage-voice-client");
    }

    /** Jackson reads and writes the models reflectively in native images; the interfaces are read for annotations. */
    @BuildStep
    void reflection(CombinedIndexBuildItem index, BuildProducer<ReflectiveClassBuildItem> reflective,
            BuildProducer<NativeImageProxyDefinitionBuildItem> proxies) {
        List<String> models = index.getIndex().getKnownClasses().stream()
                .map(c -> c.name().toString())
                .filter(n -> n.startsWith(MODEL_PACKAGE + ".") || n.startsWith(ERROR_PACKAGE + ".ValidationError"))
                .sorted().toList();
        reflective.produce(ReflectiveClassBuildItem.builder(models.toArray(String[]::new))
                .constructors().methods().fields().build());
        List<String> apis = EngageVoiceApis.all().stream().map(Class::getName).toList();
        List<String> authApis = AuthApis.all().stream().map(Class::getName).toList();
        reflective.produce(ReflectiveClassBuildItem.builder(apis.toArray(String[]::new)).methods().build());
        reflective.produce(ReflectiveClassBuildItem.builder(authApis.toArray(String[]::new)).methods().build());
        // the 401 replay wraps each Rest Client in a dynamic proxy, Closeable when the Rest Client is
        for (String api : apis) {
            proxies.produce(new NativeImageProxyDefinitionBuildItem(api));
            proxies.produce(new NativeImageProxyDefinitionBuildItem(api, Closeable.class.getName()));
        }
    }

    /** A readiness check per application, when SmallRye Health is present. */
    @BuildStep
    HealthBuildItem health(Capabilities capabilities, EngageVoiceBuildConfig config) {
        if (!capabilities.isPresent(Capability.SMALLRYE_HEALTH)) {
            return null;
        }
        return new HealthBuildItem(EngageVoiceHealthCheck.class.getName(), config.healthEnabled());
    }

    /** The qualifier must be known to ArC even when no application class uses it. */
    @BuildStep
    AdditionalBeanBuildItem qualifier() {
        return AdditionalBeanBuildItem.builder().addBeanClass(EngageVoiceClientName.class).build();
    }

    /** Beans the clients look up at startup, which nothing else may inject. */
    @BuildStep
    UnremovableBeanBuildItem lookedUpBeans() {
        return UnremovableBeanBuildItem.beanTypes(TokenProvider.class, TokenStore.class, RingCentralTokenSupplier.class,
                CredentialsProvider.class, EngageVoiceClientCustomizer.class, ClientObserver.class,
                TlsConfigurationRegistry.class, ProxyConfigurationRegistry.class);
    }

    /** The Redis client of quarkus-redis-client, which the Redis token store looks up (named by type: optional). */
    @BuildStep
    UnremovableBeanBuildItem redisClientOfTheTokenStore() {
        return UnremovableBeanBuildItem.beanTypes(DotName.createSimple("io.vertx.redis.client.Redis"));
    }

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    void beans(EngageVoiceRecorder recorder, BeanDiscoveryFinishedBuildItem beans,
            BuildProducer<SyntheticBeanBuildItem> synthetic) {
        Set<String> inUse = clientNamesInUse(beans);
        inUse.addAll(namedClientsInConfiguration(ConfigProvider.getConfig().getPropertyNames()));
        synthetic.produce(SyntheticBeanBuildItem.configure(EngageVoiceClients.class)
                .scope(Singleton.class)
                .setRuntimeInit()
                .startup()
                .unremovable()
                .createWith(recorder.clients(inUse, Version.getVersion()))
                .destroyer(ClientsDestroyer.class)
                .done());
        // the default client's beans always exist, for programmatic lookup; they fail clearly when it is not configured
        Set<String> names = new TreeSet<>(inUse);
        names.add(EngageVoiceClients.DEFAULT);
        for (String name : names) {
            for (Class<?> api : apiTypes()) {
                // default beans, so that an application bean of the same type and qualifier replaces them; the API
                // interfaces are normal-scoped, so that QuarkusMock can swap them behind their client proxy (the
                // client itself is a final class, which no proxy can stand in for)
                SyntheticBeanBuildItem.ExtendedBeanConfigurator bean = SyntheticBeanBuildItem.configure(api)
                        .scope(api.isInterface() ? ApplicationScoped.class : Singleton.class)
                        .defaultBean()
                        .setRuntimeInit()
                        .unremovable()
                        .addInjectionPoint(ClassType.create(DotName.createSimple(EngageVoiceClients.class)))
                        .createWith(recorder.api(name, api.getName()));
                if (!EngageVoiceClients.DEFAULT.equals(name)) {
                    bean.addQualifier().annotation(CLIENT_NAME).addValue("value", name).done();
                }
                synthetic.produce(bean.done());
            }
        }
    }

    /** The API types, plus the client itself, that can be injected. */
    private static List<Class<?>> apiTypes() {
        List<Class<?>> types = new ArrayList<>(EngageVoiceApis.all());
        types.add(EngageVoiceClient.class);
        return types;
    }

    /** The first segments of a client's own properties: what tells a named client from another setting. */
    private static final Set<String> CLIENT_PROPERTIES = ClientSetting.firstSegments();

    /**
     * The named clients the configuration known at build time holds ({@code quarkus.engage-voice."x".server} and
     * the like), so that they can be looked up programmatically even when no injection point names them.
     */
    static Set<String> namedClientsInConfiguration(Iterable<String> propertyNames) {
        String prefix = ConfiguredSettings.ROOT;
        Set<String> names = new TreeSet<>();
        for (String property : propertyNames) {
            if (!property.startsWith(prefix)) {
                continue;
            }
            String rest = property.substring(prefix.length());
            String name;
            String after;
            if (rest.startsWith("\"")) {
                int close = rest.indexOf('"', 1);
                if (close < 0) {
                    continue;
                }
                name = rest.substring(1, close);
                after = rest.substring(Math.min(close + 2, rest.length()));
            } else {
                int dot = rest.indexOf('.');
                if (dot < 0) {
                    continue;
                }
                name = rest.substring(0, dot);
                after = rest.substring(dot + 1);
            }
            String firstOfAfter = after.contains(".") ? after.substring(0, after.indexOf('.')) : after;
            if (!CLIENT_PROPERTIES.contains(name) && !EngageVoiceRecorder.RESERVED_NAMES.contains(name)
                    && CLIENT_PROPERTIES.contains(firstOfAfter)) {
                names.add(name);
            }
        }
        return names;
    }

    /** The clients that injection points name: the default one for unqualified injection points. */
    private static Set<String> clientNamesInUse(BeanDiscoveryFinishedBuildItem beans) {
        Set<String> names = new TreeSet<>();
        Set<DotName> types = new HashSet<>();
        apiTypes().forEach(t -> types.add(DotName.createSimple(t)));
        for (InjectionPointInfo ip : beans.getInjectionPoints()) {
            Type type = ip.getRequiredType();
            if (!types.contains(type.name())) {
                continue;
            }
            String name = EngageVoiceClients.DEFAULT;
            for (AnnotationInstance q : ip.getRequiredQualifiers()) {
                if (q.name().equals(CLIENT_NAME)) {
                    name = q.value().asString();
                }
            }
            names.add(name);
        }
        return names;
    }
}
