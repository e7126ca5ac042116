package io.quarkiverse.engagevoice.deployment.invalid;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkus.test.QuarkusUnitTest;

/** Startup fails on an injected default client without credentials, naming the property. */
class NoCredentialsTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.engage-voice.server", "https://engage.example.com")
            .overrideConfigKey("quarkus.engage-voice.devservices.enabled", "false")
            .assertException(
                    e -> assertThat(StartupFailures.messages(e)).contains("quarkus.engage-voice.auth", "no credentials"));

    @Inject
    AccountsApi accounts;

    @Test
    void startupFails() {
        throw new IllegalStateException("the application must not start");
    }
}
