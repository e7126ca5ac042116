package io.quarkiverse.engagevoice.deployment.invalid;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkus.test.QuarkusUnitTest;

/** Startup fails on a named current server marked legacy, naming the property. */
class NamedServerAgainstLegacyFlagTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.engage-voice.server", "ringcx")
            .overrideConfigKey("quarkus.engage-voice.legacy", "true")
            .overrideConfigKey("quarkus.engage-voice.auth.api-token", "t")
            .assertException(
                    e -> assertThat(StartupFailures.messages(e)).contains("quarkus.engage-voice.server", "legacy=true"));

    @Inject
    AccountsApi accounts;

    @Test
    void startupFails() {
        throw new IllegalStateException("the application must not start");
    }
}
