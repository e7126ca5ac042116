package io.quarkiverse.engagevoice.deployment.transport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkus.test.QuarkusUnitTest;

/** Startup fails on a TLS configuration name the registry does not know, naming the property and the name. */
class UnknownTlsConfigurationTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.engage-voice.server", "ringcx")
            .overrideConfigKey("quarkus.engage-voice.auth.api-token", "t")
            .overrideConfigKey("quarkus.engage-voice.tls-configuration-name", "corporate-ca")
            .assertException(e -> {
                StringBuilder messages = new StringBuilder();
                for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                    messages.append(t.getMessage()).append('\n');
                }
                assertThat(messages.toString()).contains("quarkus.engage-voice.tls-configuration-name", "corporate-ca");
            });

    @Inject
    AccountsApi accounts;

    @Test
    void startupFails() {
        throw new IllegalStateException("the application must not start");
    }
}
