package io.quarkiverse.engagevoice.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A rate limit answered by the (Dev Services) simulator without {@code Retry-After}, which the client's own policy
 * leaves to the caller, is retried by the application's {@code @Retry}, which the client's typed
 * {@code RateLimitedException} makes precise; the simulator's journal shows the attempts: the client's and the
 * application's retries do not multiply.
 */
@QuarkusTest
class FaultToleranceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aRateLimitedCallIsRetriedBySmallRyeFaultTolerance() throws Exception {
        String simulator = ConfigProvider.getConfig().getValue("quarkus.engage-voice.server", String.class);
        given().get("/agent-groups").then().statusCode(200); // logs in first, so the journal holds only API calls
        admin(simulator, "DELETE", "/__admin/requests", null);
        admin(simulator, "POST", "/__admin/faults",
                "{\"method\":\"GET\",\"pathPattern\":\"/voice/api/v1/admin/accounts/*/agentGroups\","
                        + "\"status\":429,\"body\":\"Too Many Requests\",\"contentType\":\"text/plain\",\"times\":2}");

        given().get("/agent-groups/resilient").then().statusCode(200).body("$", hasItem("Sales Agents"));

        JsonNode journal = JSON.readTree(admin(simulator, "GET", "/__admin/requests", null));
        long attempts = 0;
        for (JsonNode r : journal) {
            if (r.path("path").asText().endsWith("/agentGroups")) {
                attempts++;
            }
        }
        assertThat(attempts).isEqualTo(3);
    }

    private static String admin(String base, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path).isBetween(200, 299);
        return response.body();
    }
}
