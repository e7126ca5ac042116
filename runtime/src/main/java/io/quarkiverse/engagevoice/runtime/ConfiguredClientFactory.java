package io.quarkiverse.engagevoice.runtime;

import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.literal.NamedLiteral;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkiverse.engagevoice.EngageVoiceClientName;
import io.quarkiverse.engagevoice.EngageVoiceClients;
import io.quarkiverse.engagevoice.RingCentralTokenSupplier;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.EngageVoiceServer;
import io.quarkiverse.engagevoice.client.InvalidSettingException;
import io.quarkiverse.engagevoice.client.auth.TokenProvider;
import io.quarkiverse.engagevoice.client.auth.TokenStore;
import io.quarkiverse.engagevoice.runtime.EngageVoiceConfig.AuthConfig;
import io.quarkiverse.engagevoice.runtime.EngageVoiceConfig.ClientConfig;
import io.quarkiverse.engagevoice.runtime.EngageVoiceConfig.RedisStoreConfig;
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
        String prefix = prefix(name);
        AuthConfig auth = config.auth();
        Secrets secrets = Secrets.of(auth, prefix);
        var appConfig = ConfigProvider.getConfig();
        EngageVoiceClient.Builder b = EngageVoiceClient.builder();
        settingNames(b, prefix);
        b.server(config.server().orElse(null))
                .legacy(config.legacy().orElse(null))
                .accountId(config.accountId().orElse(null))
                .userAgent(config.userAgent().orElse(null))
                .application(appConfig.getOptionalValue("quarkus.application.name", String.class).orElse(null),
                        appConfig.getOptionalValue("quarkus.application.version", String.class).orElse(null))
                .runtime("Quarkus", quarkusVersion)
                .methodOverride(config.methodOverride())
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .tokenRefreshSkew(auth.refreshSkew())
                .accessToken(secrets.get("access-token", auth.accessToken()))
                .apiToken(secrets.get("api-token", auth.apiToken()))
                .authenticationFilter(NonBlockingAuthenticationFilter::new)
                .restClientBuilders(RedactingClientLogger::builder);
        if (auth.ringcentral().clientId().isPresent() || auth.ringcentral().jwt().isPresent()
                || auth.ringcentral().clientSecret().isPresent() || secrets.has("ringcentral-jwt")) {
            b.ringCentralJwt(auth.ringcentral().clientId().orElse(null),
                    secrets.get("ringcentral-client-secret", auth.ringcentral().clientSecret()),
                    secrets.get("ringcentral-jwt", auth.ringcentral().jwt()));
        }
        auth.ringcentral().server().ifPresent(b::ringCentralServer);
        String username = secrets.get(CredentialsProvider.USER_PROPERTY_NAME, auth.username());
        String password = secrets.get(CredentialsProvider.PASSWORD_PROPERTY_NAME, auth.password());
        if (username != null || password != null) {
            boolean legacyServer = EngageVoiceServer.resolve(prefix + "server", config.server().orElse(null),
                    config.legacy().orElse(null)).isLegacy();
            if (legacyServer) {
                b.legacyLogin(username, password, auth.stayLoggedIn());
            } else {
                b.engageLogin(username, password, auth.platformId().orElse(null));
            }
        }
        Annotation qualifier = qualifier(name);
        bean(TokenProvider.class, qualifier).ifPresent(b::tokenProvider);
        bean(RingCentralTokenSupplier.class, qualifier).ifPresent(s -> b.ringCentralToken(s::get));
        bean(TokenStore.class, Default.Literal.INSTANCE).ifPresent(b::tokenStore);
        if (config.tokenStore() == TokenStoreKind.REDIS) {
            b.tokenStore(redisTokenStore(prefix, config.redis(), secrets));
        }
        return b.build();
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

    private static void settingNames(EngageVoiceClient.Builder b, String prefix) {
        Map.ofEntries(
                Map.entry("server", "server"), Map.entry("userAgent", "user-agent"),
                Map.entry("connectTimeout", "connect-timeout"), Map.entry("readTimeout", "read-timeout"),
                Map.entry("credentials", "auth"), Map.entry("accessToken", "auth.access-token"),
                Map.entry("apiToken", "auth.api-token"), Map.entry("engageLogin", "auth.username/password"),
                Map.entry("legacyLogin", "auth.username/password"), Map.entry("ringCentralJwt", "auth.ringcentral.*"),
                Map.entry("ringCentralServer", "auth.ringcentral.server"),
                Map.entry("tokenRefreshSkew", "auth.refresh-skew"))
                .forEach((method, property) -> b.settingName(method, prefix + property));
        b.settingName("tokenProvider", "a TokenProvider bean");
        b.settingName("ringCentralToken", "a RingCentralTokenSupplier bean");
    }

    private static Annotation qualifier(String name) {
        return EngageVoiceClients.DEFAULT.equals(name) ? Default.Literal.INSTANCE : EngageVoiceClientName.Literal.of(name);
    }

    private static <T> Optional<T> bean(Class<T> type, Annotation qualifier) {
        InjectableInstance<T> instance = Arc.container().select(type, qualifier);
        return instance.isResolvable() ? Optional.of(instance.get()) : Optional.empty();
    }

    /** {@code quarkus.engage-voice.} for the default client, {@code quarkus.engage-voice."name".} otherwise. */
    static String prefix(String name) {
        return EngageVoiceClients.DEFAULT.equals(name) ? "quarkus.engage-voice." : "quarkus.engage-voice.\"" + name + "\".";
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
