package io.quarkiverse.engagevoice.runtime;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.literal.NamedLiteral;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkiverse.engagevoice.EngageVoiceClientName;
import io.quarkiverse.engagevoice.EngageVoiceClients;
import io.quarkiverse.engagevoice.RingCentralTokenSupplier;
import io.quarkiverse.engagevoice.client.Credentials;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.EngageVoiceServer;
import io.quarkiverse.engagevoice.client.InvalidSettingException;
import io.quarkiverse.engagevoice.client.ResiliencePolicy;
import io.quarkiverse.engagevoice.client.Transport;
import io.quarkiverse.engagevoice.client.auth.TokenProvider;
import io.quarkiverse.engagevoice.client.auth.TokenStore;
import io.quarkiverse.engagevoice.client.spi.ClientSetting;
import io.quarkiverse.engagevoice.client.spi.RuntimeHooks;
import io.quarkiverse.engagevoice.runtime.EngageVoiceConfig.AuthConfig;
import io.quarkiverse.engagevoice.runtime.EngageVoiceConfig.CircuitBreakerConfig;
import io.quarkiverse.engagevoice.runtime.EngageVoiceConfig.ClientConfig;
import io.quarkiverse.engagevoice.runtime.EngageVoiceConfig.RedisStoreConfig;
import io.quarkiverse.engagevoice.runtime.EngageVoiceConfig.ResilienceConfig;
import io.quarkiverse.engagevoice.runtime.EngageVoiceConfig.RingCentralConfig;
import io.quarkiverse.engagevoice.runtime.EngageVoiceConfig.TokenStoreKind;
import io.quarkiverse.engagevoice.runtime.fleet.RedisTokenStore;
import io.quarkiverse.engagevoice.runtime.fleet.RedisTokenStores;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.credentials.CredentialsProvider;

/** Builds a client from its configuration and beans, naming the configuration properties in every error. */
final class ConfiguredClientFactory {

    /** The class of quarkus-redis-client that the Redis token store needs. */
    private static final String REDIS_CLIENT = "io.vertx.redis.client.Redis";

    private ConfiguredClientFactory() {
    }

    static EngageVoiceClient create(String name, ClientConfig config, String quarkusVersion) {
        String prefix = ConfiguredSettings.prefix(name);
        AuthConfig auth = config.auth();
        Secrets secrets = Secrets.of(auth, prefix);
        var appConfig = ConfigProvider.getConfig();
        Transport transport = Transport.defaults()
                .withConnectTimeout(config.connectTimeout())
                .withReadTimeout(config.readTimeout())
                .withUserAgent(config.userAgent().orElse(null))
                .withApplication(appConfig.getOptionalValue("quarkus.application.name", String.class).orElse(null),
                        appConfig.getOptionalValue("quarkus.application.version", String.class).orElse(null))
                .withRuntime("Quarkus", quarkusVersion)
                .withRestClientBuilders(ClientRestBuilders.of(name, config));
        EngageVoiceClient.Builder b = EngageVoiceClient.builder()
                .runtimeHooks(RuntimeHooks.portable()
                        .withAuthenticationFilter(
                                (tokens, then) -> new NonBlockingAuthenticationFilter(ClientObservers.tokens(name, tokens),
                                        then))
                        .withSettingNames(setting -> settingName(setting, prefix))
                        .withResilienceListener(ClientObservers.resilience(name))
                        .withRuntimeJson())
                .server(config.server().orElse(null))
                .legacy(config.legacy().orElse(null))
                .accountId(config.accountId().orElse(null))
                .methodOverride(config.methodOverride())
                .transport(transport)
                .resilience(resilience(config.resilience()))
                .tokenRefreshSkew(auth.refreshSkew());
        List<Credentials> sources = credentials(name, config, secrets, prefix);
        if (sources.size() > 1) {
            throw new InvalidSettingException(prefix + "auth", "set only one source of credentials, not "
                    + sources.stream().map(c -> settingName(c.kind(), prefix)).collect(Collectors.joining(" and ")));
        }
        sources.stream().findFirst().ifPresent(b::credentials);
        bean(TokenStore.class, Default.Literal.INSTANCE).ifPresent(b::tokenStore);
        if (config.tokenStore() == TokenStoreKind.REDIS) {
            b.tokenStore(redisTokenStore(prefix, config.redis(), secrets));
        }
        return b.build();
    }

    private static ResiliencePolicy resilience(ResilienceConfig config) {
        if (!config.enabled()) {
            return ResiliencePolicy.disabled();
        }
        ResiliencePolicy policy = ResiliencePolicy.defaults()
                .withMaxAttempts(config.retry().maxAttempts())
                .withBackoff(config.retry().initialDelay(), config.retry().maxDelay())
                .withMaxRetryDuration(config.retry().maxDuration())
                .withRetryAfterCap(config.retry().retryAfterCap())
                .withTimeout(config.timeout())
                .withRateLimits(config.rateLimit().enabled(), config.rateLimit().maxWait());
        CircuitBreakerConfig breaker = config.circuitBreaker();
        return breaker.enabled() ? policy.withCircuitBreaker(breaker.requestVolume(), breaker.failureRatio(),
                breaker.delay()) : policy;
    }

    /** Every source of credentials the configuration and the beans give, in a fixed order. */
    private static List<Credentials> credentials(String name, ClientConfig config, Secrets secrets, String prefix) {
        AuthConfig auth = config.auth();
        List<Credentials> sources = new ArrayList<>();
        Annotation qualifier = qualifier(name);
        bean(TokenProvider.class, qualifier).map(Credentials::provider).ifPresent(sources::add);
        present(secrets.get("access-token", auth.accessToken())).map(Credentials::accessToken).ifPresent(sources::add);
        present(secrets.get("api-token", auth.apiToken())).map(Credentials::apiToken).ifPresent(sources::add);
        RingCentralConfig rc = auth.ringcentral();
        if (rc.clientId().isPresent() || rc.jwt().isPresent() || rc.clientSecret().isPresent()
                || secrets.has("ringcentral-jwt")) {
            sources.add(Credentials.ringCentralJwt(rc.clientId().orElse(null),
                    secrets.get("ringcentral-client-secret", rc.clientSecret()),
                    secrets.get("ringcentral-jwt", rc.jwt()), rc.server().orElse(null)));
        }
        bean(RingCentralTokenSupplier.class, qualifier).map(s -> Credentials.ringCentralToken(s::get))
                .ifPresent(sources::add);
        String username = secrets.get(CredentialsProvider.USER_PROPERTY_NAME, auth.username());
        String password = secrets.get(CredentialsProvider.PASSWORD_PROPERTY_NAME, auth.password());
        if (username != null || password != null) {
            boolean legacyServer = EngageVoiceServer.resolve(prefix + ClientSetting.SERVER.property(),
                    config.server().orElse(null), config.legacy().orElse(null)).isLegacy();
            sources.add(legacyServer ? Credentials.legacyLogin(username, password, auth.stayLoggedIn())
                    : Credentials.engageLogin(username, password, auth.platformId().orElse(null)));
        }
        return sources;
    }

    /** The configuration's name of a builder setting: its properties, or the bean that stands for it. */
    private static String settingName(String builderSetting, String prefix) {
        return switch (builderSetting) {
            case "credentials" -> prefix + "auth";
            case "provider" -> "a TokenProvider bean";
            case "ringCentralToken" -> "a RingCentralTokenSupplier bean";
            default -> builderSetting.startsWith("resilience.") ? prefix + builderSetting
                    : ClientSetting.propertiesOf(builderSetting, prefix).orElse(builderSetting);
        };
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    private static TokenStore redisTokenStore(String prefix, RedisStoreConfig redis, Secrets secrets) {
        try {
            Class.forName(REDIS_CLIENT, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new InvalidSettingException(prefix + "token-store",
                    "`redis` needs the quarkus-redis-client extension (io.quarkus:quarkus-redis-client) in the application");
        }
        RedisTokenStore.Settings settings;
        try {
            settings = new RedisTokenStore.Settings(redis.entryTtl(), redis.leaseTime(), redis.loginsPerMinute(),
                    redis.timeout());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(prefix + "redis.*", e.getMessage());
        }
        return RedisTokenStores.create(prefix, redis.clientName(),
                secrets.get("token-store-encryption-key", redis.encryptionKey()), settings);
    }

    private static Annotation qualifier(String name) {
        return EngageVoiceClients.DEFAULT.equals(name) ? Default.Literal.INSTANCE : EngageVoiceClientName.Literal.of(name);
    }

    private static <T> Optional<T> bean(Class<T> type, Annotation qualifier) {
        InjectableInstance<T> instance = Arc.container().select(type, qualifier);
        return instance.isResolvable() ? Optional.of(instance.get()) : Optional.empty();
    }

    /** Secrets from the configured CredentialsProvider, which win over configured values. */
    private record Secrets(Map<String, String> provided) {

        static Secrets of(AuthConfig auth, String prefix) {
            if (auth.credentialsProvider().isEmpty()) {
                return new Secrets(Map.of());
            }
            InjectableInstance<CredentialsProvider> providers = auth.credentialsProviderName()
                    .map(n -> Arc.container().select(CredentialsProvider.class, NamedLiteral.of(n)))
                    .orElseGet(() -> Arc.container().select(CredentialsProvider.class));
            if (!providers.isResolvable()) {
                throw new InvalidSettingException(prefix + "auth.credentials-provider",
                        "no single CredentialsProvider bean" + auth.credentialsProviderName().map(n -> " named '" + n + "'")
                                .orElse("") + " to read the credentials from");
            }
            Map<String, String> credentials = providers.get().getCredentials(auth.credentialsProvider().get());
            return new Secrets(credentials == null ? Map.of() : Map.copyOf(credentials));
        }

        String get(String key, Optional<String> configured) {
            return Optional.ofNullable(provided.get(key)).or(() -> configured).orElse(null);
        }

        boolean has(String key) {
            return provided.containsKey(key);
        }
    }
}
