package io.quarkiverse.engagevoice.deployment;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.EngageVoiceClients;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.ResilienceContract;
import io.quarkus.test.QuarkusUnitTest;

/** The resilience contract on the Quarkus REST client, its policy set through {@code resilience.*} properties. */
class QuarkusResilienceWireTest extends ResilienceContract {

    static final RecordingServer SERVER = RecordingServer.shared("QuarkusResilienceWireTest");

    @RegisterExtension
    static final QuarkusUnitTest app = configure(new QuarkusUnitTest());

    @Inject
    EngageVoiceClients clients;

    private static QuarkusUnitTest configure(QuarkusUnitTest test) {
        SETTINGS.forEach((key, value) -> test.overrideConfigKey("quarkus.engage-voice.resilient." + key, value));
        return test.overrideConfigKey("quarkus.engage-voice.resilient.server", SERVER.url());
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Override
    protected RecordingServer server() {
        return SERVER;
    }

    @Override
    protected EngageVoiceClient client() {
        return clients.client("resilient");
    }
}
