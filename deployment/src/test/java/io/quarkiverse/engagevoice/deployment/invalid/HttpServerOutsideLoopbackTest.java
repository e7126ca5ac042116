package io.quarkiverse.engagevoice.deployment.invalid;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkus.test.QuarkusUnitTest;

/** Startup fails on an http:// server that is not loopback, naming the property. */
class HttpServerOutsideLoopbackTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.engage-voice.server", "http://engage.example.com")
            .overrideConfigKey("quarkus.engage-voice.auth.api-token", "t")
            .assertException(e -> assertThat(StartupFailures.messages(e)).contains("quarkus.engage-voice.server",
                    "http://engage.example.com", "loopback"));

    @Inject
    AccountsApi accounts;

    @Test
    void startupFails() {
        throw new IllegalStateException("the application must not start");
    }
}
