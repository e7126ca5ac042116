package io.quarkiverse.engagevoice.deployment.invalid;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkus.test.QuarkusUnitTest;

/** Startup fails on an unusable resilience setting of a named client, naming its property and value. */
class InvalidResilienceSettingTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.engage-voice.reports.server", "ringcx")
            .overrideConfigKey("quarkus.engage-voice.reports.auth.api-token", "t")
            .overrideConfigKey("quarkus.engage-voice.reports.resilience.circuit-breaker.enabled", "true")
            .overrideConfigKey("quarkus.engage-voice.reports.resilience.circuit-breaker.failure-ratio", "1.5")
            .assertException(e -> assertThat(StartupFailures.messages(e))
                    .contains("quarkus.engage-voice.\"reports\".resilience.circuit-breaker.failure-ratio", "1.5"));

    @Inject
    AccountsApi accounts;

    @Test
    void startupFails() {
        throw new IllegalStateException("the application must not start");
    }
}
