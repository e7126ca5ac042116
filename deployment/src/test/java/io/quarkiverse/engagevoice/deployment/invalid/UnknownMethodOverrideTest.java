package io.quarkiverse.engagevoice.deployment.invalid;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkus.test.QuarkusUnitTest;

/** Startup fails on an unknown method-override mode, naming the property. */
class UnknownMethodOverrideTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.engage-voice.method-override", "sideways")
            .overrideConfigKey("quarkus.engage-voice.auth.api-token", "t")
            .assertException(
                    e -> assertThat(StartupFailures.messages(e)).contains("quarkus.engage-voice.method-override", "sideways"));

    @Inject
    AccountsApi accounts;

    @Test
    void startupFails() {
        throw new IllegalStateException("the application must not start");
    }
}
