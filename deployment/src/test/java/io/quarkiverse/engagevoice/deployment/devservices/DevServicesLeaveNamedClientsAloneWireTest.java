package io.quarkiverse.engagevoice.deployment.devservices;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.EngageVoiceClientName;
import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkus.test.QuarkusUnitTest;

/** A configured named client does not stop the simulator for the unconfigured default client, and keeps its server. */
class DevServicesLeaveNamedClientsAloneWireTest {

    static final RecordingServer TENANT = RecordingServer.shared("DevServicesLeaveNamedClientsAloneWireTest");

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.engage-voice.\"tenant\".server", TENANT.url())
            .overrideConfigKey("quarkus.engage-voice.\"tenant\".auth.api-token", "aws80:tenant");

    @Inject
    AccountsApi defaultAccounts;

    @Inject
    @EngageVoiceClientName("tenant")
    AccountsApi tenantAccounts;

    @AfterAll
    static void stop() {
        TENANT.close();
    }

    @Test
    void theDefaultClientUsesTheSimulatorAndTheNamedOneItsServer() {
        assertThat(ConfigProvider.getConfig().getValue("quarkus.engage-voice.server", String.class))
                .startsWith("http://127.0.0.1:").isNotEqualTo(TENANT.url());
        assertThat(defaultAccounts.list()).hasSize(3);

        TENANT.enqueue(Answer.json(200, "[]"));
        tenantAccounts.list();
        assertThat(TENANT.lastRequest().header("X-Auth-Token")).isEqualTo("aws80:tenant");
    }
}
