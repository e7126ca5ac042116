package io.quarkiverse.engagevoice.mockserver;

import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.*;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorSeed.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/** The real-time snapshots the developer guide documents, computed from the live calls. */
class RealTimeDataTest {

    private static final String SALES = "/voice/api/v1/admin/accounts/" + SALES_ACCOUNT_ID;

    @RegisterExtension
    static final SimulatorFixture SIM = SimulatorFixture.current();

    private final TestHttp http = SIM.http();

    private JsonNode get(String path) {
        TestHttp.Response response = http.get(SALES + "/realTimeData/" + path).apiToken(API_TOKEN).send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        return response.json();
    }

    private static JsonNode find(JsonNode records, String idField, int id) {
        for (JsonNode record : records) {
            if (record.path(idField).asInt() == id) {
                return record;
            }
        }
        throw new AssertionError("no record with " + idField + " " + id + " in " + records);
    }

    @Test
    void agentsOnACallShowItAndFreeAgentsAreAvailable() {
        JsonNode agents = get("agent");

        JsonNode alice = find(agents, "agentId", AGENT_ALICE);
        assertThat(alice.get("agentState").asText()).isEqualTo("ON_CALL");
        assertThat(alice.get("callUii").asText()).isEqualTo(CALL_INBOUND_SALES);
        assertThat(alice.get("gateId").asInt()).isEqualTo(GATE_SALES_MAIN);
        assertThat(alice.get("subaccountId").asText()).isEqualTo(SALES_ACCOUNT_ID);
        assertThat(alice.get("lastUpdate").asText()).isNotBlank();
        assertThat(find(agents, "agentId", AGENT_BOB).get("campaignId").asInt()).isEqualTo(CAMPAIGN_SPRING_PROMOTION);

        http.post(SALES + "/activeCalls/" + CALL_INBOUND_SALES + "/hangupCall").apiToken(API_TOKEN).send();
        JsonNode afterHangup = find(get("agent"), "agentId", AGENT_ALICE);
        assertThat(afterHangup.get("agentState").asText()).isEqualTo("AVAILABLE");
        assertThat(afterHangup.has("callUii")).isFalse();
    }

    @Test
    void queuesCountWaitingAndConnectedCallsAndCampaignsTheirCalls() {
        JsonNode main = find(get("inbound"), "gateId", GATE_SALES_MAIN);
        assertThat(main.get("active").asInt()).isEqualTo(1);
        assertThat(main.get("inQueue").asInt()).isZero();

        http.post(SALES + "/activeCalls/" + CALL_INBOUND_SALES + "/requeueCall?gateId=" + GATE_SALES_SPANISH)
                .apiToken(API_TOKEN).send();
        JsonNode spanish = find(get("inbound"), "gateId", GATE_SALES_SPANISH);
        assertThat(spanish.get("inQueue").asInt()).isEqualTo(1);
        assertThat(find(get("inbound"), "gateId", GATE_SALES_MAIN).get("active").asInt()).isZero();

        assertThat(find(get("outbound"), "campaignId", CAMPAIGN_SPRING_PROMOTION).get("active").asInt()).isEqualTo(1);
        assertThat(find(get("outbound"), "campaignId", CAMPAIGN_RENEWALS).get("active").asInt()).isZero();
    }

    @Test
    void theSimulatorHasNoIvrsOrChatQueues() {
        assertThat(get("ivr")).isEmpty();
        assertThat(get("chat")).isEmpty();
    }

    @Test
    void anUnknownAccountIsForbidden() {
        assertThat(http.get("/voice/api/v1/admin/accounts/99999999/realTimeData/agent")
                .apiToken(API_TOKEN).send().status()).isEqualTo(403);
    }
}
