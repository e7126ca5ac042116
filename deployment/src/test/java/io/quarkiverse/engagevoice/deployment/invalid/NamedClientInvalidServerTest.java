package io.quarkiverse.engagevoice.deployment.invalid;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkus.test.QuarkusUnitTest;

/** Startup fails on a named client with an invalid server, naming the property. */
class NamedClientInvalidServerTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.engage-voice.auth.api-token", "t")
            .overrideConfigKey("quarkus.engage-voice.\"tenant-b\".server", "http://10.1.2.3")
            .overrideConfigKey("quarkus.engage-voice.\"tenant-b\".auth.api-token", "t")
            .assertException(e -> assertThat(StartupFailures.messages(e)).contains("quarkus.engage-voice.\"tenant-b\".server",
                    "http://10.1.2.3"));

    @Inject
    AccountsApi accounts;

    @Test
    void startupFails() {
        throw new IllegalStateException("the application must not start");
    }
}
