package io.quarkiverse.engagevoice.mockserver;

import static io.quarkiverse.engagevoice.mockserver.ResourceCrudTest.ids;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.*;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorSeed.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/** Campaign leads (direct load, search, bulk actions) and call control on active calls. */
class LeadsAndCallsTest {

    private static final String SALES = "/voice/api/v1/admin/accounts/" + SALES_ACCOUNT_ID;

    @RegisterExtension
    static final SimulatorFixture SIM = SimulatorFixture.current();

    private final TestHttp http = SIM.http();

    private TestHttp.Response search(String query, String criteria) {
        return http.post(SALES + "/campaignLeads/leadSearch" + query).apiToken(API_TOKEN).json(criteria).send();
    }

    @Test
    void directLoadInsertsValidLeadsAndReportsRejectedRows() {
        TestHttp.Response response = http.post(SALES + "/campaigns/" + CAMPAIGN_RENEWALS + "/leadLoader/direct")
                .apiToken(API_TOKEN).json("""
                        {"description":"API load","listState":"ACTIVE","duplicateHandling":"RETAIN_ALL",
                         "timeZoneOption":"NPA_NXX","uploadLeads":[
                           {"leadPhone":"650-555-0190","firstName":"Vera","lastName":"Vance","externId":"N-1"},
                           {"leadPhone":"12","firstName":"Bad","lastName":"Number"},
                           {"leadPhone":"6505550191","firstName":"Will","reserveAgent":"424242"}]}""")
                .send();

        assertThat(response.status()).isEqualTo(200);
        JsonNode result = response.json();
        assertThat(result.get("leadsSupplied").asInt()).isEqualTo(3);
        assertThat(result.get("leadsAccepted").asInt()).isEqualTo(2);
        assertThat(result.get("leadsInserted").asInt()).isEqualTo(2);
        assertThat(result.get("failedAgentAssignment").asInt()).isEqualTo(1);
        assertThat(result.get("rejectedRows")).hasSize(1);
        assertThat(result.get("rejectedRows").get(0).get("rowData").get(0).asText()).isEqualTo("12");
        assertThat(result.get("processingStatus").asText()).isEqualTo("DEFAULT_NOT_A_FAILURE");

        JsonNode found = search("", "{\"campaignIds\":[" + CAMPAIGN_RENEWALS + "],\"externIds\":[\"N-1\"]}").json();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("firstName").asText()).isEqualTo("Vera");
        assertThat(found.get(0).get("leadState").asText()).isEqualTo("READY");
        assertThat(found.get(0).get("listDesc").asText()).isEqualTo("API load");
        assertThat(found.get(0).get("campaignName").asText()).isEqualTo("Renewals");
    }

    @Test
    void directLoadHandlesDuplicatesAsAsked() {
        String load = SALES + "/campaigns/" + CAMPAIGN_SPRING_PROMOTION + "/leadLoader/direct";
        // 6505550101 belongs to seeded lead 7001
        JsonNode removed = http.post(load).apiToken(API_TOKEN).json("""
                {"duplicateHandling":"REMOVE_FROM_LIST","uploadLeads":[{"leadPhone":"6505550101"},
                 {"leadPhone":"6505550199"},{"leadPhone":"6505550199"}]}""").send().json();
        assertThat(removed.get("leadsAccepted").asInt()).isEqualTo(3);
        assertThat(removed.get("leadsInserted").asInt()).isEqualTo(1);

        JsonNode replaced = http.post(load).apiToken(API_TOKEN).json("""
                {"duplicateHandling":"REMOVE_ALL_EXISTING","uploadLeads":[{"leadPhone":"6505550101"}]}""")
                .send().json();
        assertThat(replaced.get("deletedCount").asInt()).isEqualTo(1);
        assertThat(replaced.get("hasDeletedLeads").asBoolean()).isTrue();
        assertThat(search("", "{\"leadIds\":[7001]}").json()).isEmpty();
    }

    @Test
    void directLoadValidatesItsBody() {
        String load = SALES + "/campaigns/" + CAMPAIGN_SPRING_PROMOTION + "/leadLoader/direct";
        assertThat(http.post(load).apiToken(API_TOKEN).json("{\"uploadLeads\":[]}").send().status()).isEqualTo(400);
        assertThat(http.post(load).apiToken(API_TOKEN)
                .json("{\"listState\":\"SOMETIMES\",\"uploadLeads\":[{\"leadPhone\":\"6505550100\"}]}").send()
                .status()).isEqualTo(400);
        assertThat(http.post(SALES + "/campaigns/" + CAMPAIGN_SATISFACTION_SURVEY + "/leadLoader/direct")
                .apiToken(API_TOKEN).json("{\"uploadLeads\":[{\"leadPhone\":\"6505550100\"}]}").send().status())
                .as("a campaign of another account").isEqualTo(404);
    }

    @Test
    void leadSearchFiltersPagesAndCounts() {
        assertThat(ids(search("", "{}").json(), "leadId")).containsExactly(7001, 7002, 7003, 7004, 7005, 7006);
        assertThat(ids(search("", "{\"leadStates\":[\"READY\"]}").json(), "leadId")).containsExactly(7001, 7002, 7006);
        assertThat(ids(search("?page=1&maxRows=2", "{\"leadStates\":[\"READY\"]}").json(), "leadId"))
                .containsExactly(7006);
        assertThat(ids(search("", "{\"leadPhoneNum\":\"(650) 555-0102\"}").json(), "leadId")).containsExactly(7002);
        assertThat(ids(search("", "{\"firstName\":\"rosa\"}").json(), "leadId")).containsExactly(7004);

        TestHttp.Response count = search("?count=true", "{\"campaignIds\":[" + CAMPAIGN_SPRING_PROMOTION + "]}");
        assertThat(count.contentType()).startsWith("application/json");
        assertThat(count.body()).isEqualTo("4");

        assertThat(search("", "{\"campaignIds\":\"6101\"}").status()).isEqualTo(400);
    }

    @Test
    void leadActionsChangeTheMatchingLeads() {
        String actions = SALES + "/campaignLeads/actions?leadAction=";
        String criteria = "{\"campaignLeadSearchCriteria\":{\"leadIds\":[7001,7002]}}";

        JsonNode cancelled = http.put(actions + "CANCEL_LEADS").apiToken(API_TOKEN).json(criteria).send().json();
        assertThat(cancelled.get("leadActionType").asText()).isEqualTo("CANCEL_LEADS");
        assertThat(cancelled.get("success").asBoolean()).isTrue();
        assertThat(cancelled.get("leadUpdateCount").asInt()).isEqualTo(2);
        assertThat(states(search("", "{\"leadIds\":[7001,7002]}").json())).containsOnly("CANCELLED");

        http.put(actions + "PAUSE_LEADS").apiToken(API_TOKEN).json(criteria).send();
        assertThat(states(search("", "{\"leadIds\":[7001,7002]}").json())).containsOnly("PAUSED");
        http.put(actions + "READY_LEADS").apiToken(API_TOKEN).json(criteria).send();
        assertThat(states(search("", "{\"leadIds\":[7001,7002]}").json())).containsOnly("READY");

        JsonNode deleted = http.put(actions + "DELETE_LEADS").apiToken(API_TOKEN).json(criteria).send().json();
        assertThat(deleted.get("leadDeleteCount").asInt()).isEqualTo(2);
        assertThat(search("", "{\"leadIds\":[7001,7002]}").json()).isEmpty();
    }

    @Test
    void leadActionsNeedAKnownActionAndCriteria() {
        String actions = SALES + "/campaignLeads/actions?leadAction=";
        assertThat(http.put(actions + "SHRED_LEADS").apiToken(API_TOKEN).json("{\"campaignLeadSearchCriteria\":{}}")
                .send().status()).isEqualTo(400);
        assertThat(http.put(actions + "CANCEL_LEADS").apiToken(API_TOKEN).json("{}").send().status()).isEqualTo(400);
        TestHttp.Response notSimulated = http.put(actions + "MOVE_TO_CAMPAIGN").apiToken(API_TOKEN)
                .json("{\"campaignLeadSearchCriteria\":{\"leadIds\":[7001]}}").send();
        assertThat(notSimulated.status()).isEqualTo(400);
        assertThat(notSimulated.json().get("details").asText()).contains("not simulated");
    }

    @Test
    void activeCallsAreListedAndFilteredByProduct() {
        JsonNode all = http.get(SALES + "/activeCalls/list").apiToken(API_TOKEN).send().json();
        assertThat(uiis(all)).containsExactly(CALL_INBOUND_SALES, CALL_OUTBOUND_SALES);
        assertThat(all.get(0).get("agentFirstName").asText()).isEqualTo("Alice");

        assertThat(uiis(http.get(SALES + "/activeCalls/list?product=ACD&productId=" + GATE_SALES_MAIN)
                .apiToken(API_TOKEN).send().json())).containsExactly(CALL_INBOUND_SALES);
        assertThat(uiis(http.get(SALES + "/activeCalls/list?product=AGENT&productId=" + AGENT_BOB)
                .apiToken(API_TOKEN).send().json())).containsExactly(CALL_OUTBOUND_SALES);
        assertThat(http.get(SALES + "/activeCalls/list?product=ROBOTS").apiToken(API_TOKEN).send().status())
                .isEqualTo(400);
    }

    @Test
    void hangupAndDispositionEndACall() {
        String call = SALES + "/activeCalls/" + CALL_INBOUND_SALES;

        TestHttp.Response hungUp = http.post(call + "/hangupCall").apiToken(API_TOKEN).send();
        assertThat(hungUp.status()).isEqualTo(200);
        assertThat(hungUp.contentType()).startsWith("text/plain");
        assertThat(hungUp.body()).isEqualTo("true");
        assertThat(uiis(http.get(SALES + "/activeCalls/list").apiToken(API_TOKEN).send().json()))
                .containsExactly(CALL_OUTBOUND_SALES);
        assertThat(http.post(call + "/hangupCall").apiToken(API_TOKEN).send().status()).isEqualTo(404);

        TestHttp.Response dispositioned = http.post(call + "/dispositionCall?disposition=Sale&callback=false&notes="
                + "Sold%20two%20seats").apiToken(API_TOKEN).send();
        assertThat(dispositioned.body()).isEqualTo("true");
        assertThat(http.post(call + "/dispositionCall?disposition=Sale&callback=false").apiToken(API_TOKEN).send()
                .status()).isEqualTo(409);
    }

    @Test
    void dispositionValidatesItsQueryParameters() {
        String call = SALES + "/activeCalls/" + CALL_OUTBOUND_SALES + "/dispositionCall";
        assertThat(http.post(call + "?callback=false").apiToken(API_TOKEN).send().status()).isEqualTo(400);
        assertThat(http.post(call + "?disposition=Callback").apiToken(API_TOKEN).send().status()).isEqualTo(400);
        assertThat(http.post(call + "?disposition=Callback&callback=true&callBackDTS=tomorrow").apiToken(API_TOKEN)
                .send().status()).isEqualTo(400);
        assertThat(http.post(call + "?disposition=Callback&callback=true&callBackDTS=20250302140000")
                .apiToken(API_TOKEN).send().status()).isEqualTo(200);
        assertThat(http.post(SALES + "/activeCalls/000/hangupCall").apiToken(API_TOKEN).send().status())
                .isEqualTo(404);
    }

    private static List<String> states(JsonNode leads) {
        List<String> states = new ArrayList<>();
        leads.forEach(lead -> states.add(lead.get("leadState").asText()));
        return states;
    }

    private static List<String> uiis(JsonNode calls) {
        List<String> uiis = new ArrayList<>();
        calls.forEach(call -> uiis.add(call.get("uii").asText()));
        return uiis;
    }
}
