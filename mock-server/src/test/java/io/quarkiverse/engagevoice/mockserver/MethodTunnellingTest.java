package io.quarkiverse.engagevoice.mockserver;

import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.API_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorSeed;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/** PUT/DELETE tunnelled through POST by X-HTTP-Method-Override or _method, per the conventions guide. */
class MethodTunnellingTest {

    private static final String GROUP = "/voice/api/v1/admin/accounts/" + SimulatorCredentials.SALES_ACCOUNT_ID
            + "/agentGroups/" + SimulatorSeed.SALES_AGENT_GROUP_ID;

    @RegisterExtension
    static final SimulatorFixture SIM = SimulatorFixture.current();

    private final TestHttp http = SIM.http();

    @Test
    void overrideHeaderTurnsAPostIntoAPut() {
        TestHttp.Response response = http.post(GROUP).apiToken(API_TOKEN)
                .header("X-HTTP-Method-Override", "PUT").json("{\"groupName\":\"Renamed\"}").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("groupName").asText()).isEqualTo("Renamed");
        assertThat(http.get(GROUP).apiToken(API_TOKEN).send().json().get("groupName").asText()).isEqualTo("Renamed");
        RecordedRequest recorded = last();
        assertThat(recorded.method()).isEqualTo("POST");
        assertThat(recorded.effectiveMethod()).isEqualTo("PUT");
    }

    @Test
    void methodQueryParameterTurnsAPostIntoADelete() {
        TestHttp.Response response = http.post(GROUP + "?_method=DELETE").apiToken(API_TOKEN).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(http.get(GROUP).apiToken(API_TOKEN).send().status()).isEqualTo(404);
        assertThat(SIM.simulator().journal().get(0).effectiveMethod()).isEqualTo("DELETE");
    }

    @Test
    void headerAndParameterNamingTheSameMethodAreAccepted() {
        TestHttp.Response response = http.post(GROUP + "?_method=put").apiToken(API_TOKEN)
                .header("X-HTTP-Method-Override", "PUT").json("{\"groupName\":\"Same\"}").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(last().effectiveMethod()).isEqualTo("PUT");
    }

    @Test
    void headerAndParameterNamingDifferentMethodsAreA400AndChangeNothing() {
        TestHttp.Response response = http.post(GROUP + "?_method=DELETE").apiToken(API_TOKEN)
                .header("X-HTTP-Method-Override", "PUT").json("{\"groupName\":\"Nope\"}").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.json().get("details").asText()).contains("PUT").contains("DELETE");
        assertThat(response.json().get("requestUri").asText()).endsWith(" - POST");
        assertThat(http.get(GROUP).apiToken(API_TOKEN).send().json().get("groupName").asText())
                .isEqualTo("Sales Agents");
        assertThat(SIM.simulator().journal().get(0).effectiveMethod()).isEqualTo("POST");
    }

    @Test
    void onlyPutDeleteAndPatchCanBeTunnelled() {
        TestHttp.Response response = http.post(GROUP).apiToken(API_TOKEN)
                .header("X-HTTP-Method-Override", "GET").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errorCode").asText()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void requestsOtherThanPostAreNeverTunnelled() {
        TestHttp.Response response = http.get(GROUP + "?_method=DELETE").apiToken(API_TOKEN)
                .header("X-HTTP-Method-Override", "DELETE").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(http.get(GROUP).apiToken(API_TOKEN).send().status()).isEqualTo(200);
        assertThat(SIM.simulator().journal().get(0).effectiveMethod()).isEqualTo("GET");
    }

    @Test
    void tunnelledPatchReachesNoOperationAndIsA405() {
        TestHttp.Response response = http.post(GROUP).apiToken(API_TOKEN)
                .header("X-HTTP-Method-Override", "PATCH").json("{}").send();

        assertThat(response.status()).isEqualTo(405);
    }

    private RecordedRequest last() {
        List<RecordedRequest> journal = SIM.simulator().journal();
        return journal.stream().filter(r -> r.method().equals("POST")).reduce((a, b) -> b).orElseThrow();
    }
}
