package io.quarkiverse.engagevoice.deployment.devservices;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkus.test.QuarkusUnitTest;

/** devservices.enabled=false: no simulator, so an injected default client without credentials stops startup. */
class DevServicesDisabledTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.engage-voice.devservices.enabled", "false")
            .assertException(e -> assertThat(e).hasStackTraceContaining("quarkus.engage-voice.auth")
                    .hasStackTraceContaining("no credentials"));

    @Inject
    AccountsApi accounts;

    @Test
    void startupFails() {
        throw new IllegalStateException("the application must not start");
    }
}
