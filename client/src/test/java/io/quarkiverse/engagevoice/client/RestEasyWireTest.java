package io.quarkiverse.engagevoice.client;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;

import io.quarkiverse.engagevoice.client.api.MethodOverride;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.Variant;
import io.quarkiverse.engagevoice.client.testing.WireContract;

/** The wire contract outside Quarkus: RESTEasy's MicroProfile Rest Client and the programmatic builder. */
class RestEasyWireTest extends WireContract {

    private static final RecordingServer SERVER = RecordingServer.start();
    private static final Map<Variant, EngageVoiceClient> CLIENTS = new EnumMap<>(Variant.class);

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Override
    protected RecordingServer server() {
        return SERVER;
    }

    @Override
    protected EngageVoiceClient client(Variant variant) {
        return CLIENTS.computeIfAbsent(variant, v -> {
            Map<String, String> s = v.settings(SERVER.url());
            EngageVoiceClient.Builder b = EngageVoiceClient.builder()
                    .server(s.get("server"))
                    .legacy(s.containsKey("legacy") ? Boolean.valueOf(s.get("legacy")) : null)
                    .accountId(s.get("account-id"))
                    .credentials(s.containsKey("auth.access-token") ? Credentials.accessToken(s.get("auth.access-token"))
                            : Credentials.apiToken(s.get("auth.api-token")))
                    .transport(Transport.defaults().withApplication("wire-test", "1.0"));
            if (s.containsKey("method-override")) {
                b.methodOverride(MethodOverride.valueOf(s.get("method-override").toUpperCase()));
            }
            return b.build();
        });
    }
}
