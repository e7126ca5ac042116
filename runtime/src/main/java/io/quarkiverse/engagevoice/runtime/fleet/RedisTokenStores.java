package io.quarkiverse.engagevoice.runtime.fleet;

import java.lang.annotation.Annotation;
import java.util.Optional;

import jakarta.enterprise.inject.Default;

import io.quarkiverse.engagevoice.client.InvalidSettingException;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.redis.client.RedisClientName;
import io.vertx.redis.client.Redis;

/**
 * Builds the {@link RedisTokenStore} of a client from its configuration and the Redis client bean of
 * {@code quarkus-redis-client}. Called only when a client selects the Redis store and that extension is present, so
 * applications without it never load a Redis class.
 */
public final class RedisTokenStores {

    private RedisTokenStores() {
    }

    /**
     * @param prefix the client's configuration prefix, such as {@code quarkus.engage-voice.}, for error messages
     * @param clientName the Redis client's name, empty for the default Redis client
     * @param encryptionKey the AES key (base64), from the configuration or a credentials provider
     * @throws InvalidSettingException naming the setting that is missing or wrong
     */
    public static RedisTokenStore create(String prefix, Optional<String> clientName, String encryptionKey,
            RedisTokenStore.Settings settings) {
        TokenCipher cipher;
        try {
            cipher = TokenCipher.fromBase64(encryptionKey);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(prefix + "redis.encryption-key", e.getMessage()
                    + "; it may also come from the credentials provider (auth.credentials-provider) under the key"
                    + " `token-store-encryption-key`");
        }
        Annotation qualifier = clientName.<Annotation> map(RedisClientName.Literal::of).orElse(Default.Literal.INSTANCE);
        InjectableInstance<Redis> redis = Arc.container().select(Redis.class, qualifier);
        if (!redis.isResolvable()) {
            String hosts = clientName.map(n -> "quarkus.redis.\"" + n + "\".hosts").orElse("quarkus.redis.hosts");
            throw new InvalidSettingException(prefix + "redis.client-name", "no Redis client "
                    + clientName.map(n -> "named '" + n + "'").orElse("(the default one)") + ": configure " + hosts);
        }
        return new RedisTokenStore(redis.get(), cipher, settings);
    }
}
