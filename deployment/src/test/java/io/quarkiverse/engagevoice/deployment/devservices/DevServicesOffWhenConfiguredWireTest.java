package io.quarkiverse.engagevoice.deployment.devservices;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkus.test.QuarkusUnitTest;

/** A configured server and credentials turn the simulator off: the configured server gets the calls. */
class DevServicesOffWhenConfiguredWireTest {

    static final RecordingServer SERVER = RecordingServer.shared("DevServicesOffWhenConfiguredWireTest");

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.engage-voice.server", SERVER.url())
            .overrideConfigKey("quarkus.engage-voice.auth.api-token", "aws80:configured");

    @Inject
    AccountsApi accounts;

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void theConfiguredServerIsUsed() {
        SERVER.enqueue(Answer.json(200, "[{\"accountId\":\"777\"}]"));
        assertThat(accounts.list()).singleElement().satisfies(a -> assertThat(a.getAccountId()).isEqualTo("777"));
        assertThat(SERVER.lastRequest().header("X-Auth-Token")).isEqualTo("aws80:configured");
    }
}
