package io.quarkiverse.engagevoice.runtime.devui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkiverse.engagevoice.EngageVoiceClients;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;

/**
 * The Dev UI's view of the running clients and of the Dev Service's simulator (dev mode only). It shows names,
 * servers and kinds, never a credential.
 */
public class EngageVoiceJsonRpcService {

    @Inject
    EngageVoiceClients clients;

    /** Every configured client: name, server, generation, API root and account. */
    public List<Map<String, String>> clients() {
        List<Map<String, String>> rows = new ArrayList<>();
        for (String name : clients.names()) {
            EngageVoiceClient client = clients.client(name);
            Map<String, String> row = new LinkedHashMap<>();
            row.put("name", name);
            row.put("server", client.server().baseUri().toString());
            row.put("generation", client.server().isLegacy() ? "legacy" : "current");
            row.put("apiRoot", client.server().apiUri().toString());
            row.put("accountId", client.accountId().orElse("(the credentials' account)"));
            row.put("tokenProvider", client.tokenProvider().getClass().getSimpleName());
            rows.add(row);
        }
        return rows;
    }

    /** Where the Dev Service's simulator shows its request journal. */
    public String journalUrl() {
        return simulatorUrl() + "/__admin/requests";
    }

    /** Puts the simulator's data back to its seed and clears its journal and faults; tokens stay valid. */
    public String reset() throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(HttpRequest.newBuilder(URI.create(simulatorUrl() + "/__admin/reset"))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() / 100 == 2 ? "reset" : "the simulator answered " + answer.statusCode();
    }

    private static String simulatorUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.engage-voice.server", String.class);
    }
}
