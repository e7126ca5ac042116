package io.quarkiverse.engagevoice.deployment.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.eclipse.microprofile.config.ConfigProvider;

/** The simulator the Dev Service started for the default client, driven through its admin endpoints. */
final class DevServiceSimulator {

    private DevServiceSimulator() {
    }

    static String url() {
        return ConfigProvider.getConfig().getValue("quarkus.engage-voice.server", String.class);
    }

    /** Arms a fault: the JSON of {@code POST /__admin/faults}. */
    static void fault(String json) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url()
                    + "/__admin/faults")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
