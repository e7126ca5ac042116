package io.quarkiverse.engagevoice.client;

import org.junit.jupiter.api.AfterAll;

import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.ResilienceContract;

/** The resilience contract outside Quarkus: RESTEasy classic, whose Apache HttpClient would retry on its own. */
class RestEasyResilienceWireTest extends ResilienceContract {

    private static final RecordingServer SERVER = RecordingServer.start();
    private static final EngageVoiceClient CLIENT = EngageVoiceClient.builder()
            .server(SERVER.url())
            .accountId(ACCOUNT)
            .credentials(Credentials.apiToken(API_TOKEN))
            .resilience(policy())
            .build();

    @AfterAll
    static void stop() {
        CLIENT.close();
        SERVER.close();
    }

    @Override
    protected RecordingServer server() {
        return SERVER;
    }

    @Override
    protected EngageVoiceClient client() {
        return CLIENT;
    }
}
