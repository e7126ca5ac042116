package io.quarkiverse.engagevoice.deployment.invalid;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkus.test.QuarkusUnitTest;

/** The Redis token store without an encryption key: startup fails, naming the property. */
class RedisStoreWithoutKeyTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.engage-voice.server", "http://127.0.0.1:9")
            .overrideConfigKey("quarkus.engage-voice.auth.username", "user")
            .overrideConfigKey("quarkus.engage-voice.auth.password", "password")
            .overrideConfigKey("quarkus.engage-voice.token-store", "redis")
            .overrideConfigKey("quarkus.redis.hosts", "redis://127.0.0.1:9")
            .assertException(e -> assertThat(StartupFailures.messages(e))
                    .contains("quarkus.engage-voice.redis.encryption-key", "no encryption key", "openssl rand -base64 32"));

    @Inject
    AccountsApi accounts;

    @Test
    void startupFails() {
        throw new IllegalStateException("the application must not start");
    }
}
