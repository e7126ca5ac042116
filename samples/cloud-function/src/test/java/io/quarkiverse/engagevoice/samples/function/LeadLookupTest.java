package io.quarkiverse.engagevoice.samples.function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.InjectEngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorSeed;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The function finds the leads of a phone number in every campaign, with the API token of its environment. */
@QuarkusTest
@WithTestResource(SimulatorWithApiToken.class)
class LeadLookupTest {

    private static final String ACCOUNT = "/voice/api/v1/admin/accounts/" + SimulatorCredentials.SALES_ACCOUNT_ID;
    private static final String LEAD_SEARCH = ACCOUNT + "/campaignLeads/leadSearch";

    @InjectEngageVoiceSimulator
    EngageVoiceSimulator simulator;

    @BeforeEach
    void reset() {
        simulator.reset();
    }

    @Test
    void theLeadsOfAPhoneNumberInEveryCampaignWithTheirState() throws Exception {
        // Simon Stone (lead 7005, paused in Renewals) is also a lead of the spring promotion
        loadLead(SimulatorSeed.CAMPAIGN_SPRING_PROMOTION, "{\"leadPhone\":\"6505550105\",\"firstName\":\"Simon\","
                + "\"lastName\":\"Stone\"}");
        simulator.clearJournal();

        given().contentType("application/json").body("{\"phone\":\"(650) 555-0105\"}").post("/leads-by-phone")
                .then().statusCode(200)
                .body("phone", equalTo("6505550105"))
                .body("leads.campaignName", containsInAnyOrder("Renewals", "Spring Promotion"))
                .body("leads.find { it.leadId == 7005 }.leadState", equalTo("PAUSED"))
                .body("leads.find { it.leadId != 7005 }.leadState", equalTo("READY"))
                .body("leads.lastName", containsInAnyOrder("Stone", "Stone"));

        assertThat(simulator.journal()).singleElement().satisfies((RecordedRequest r) -> {
            assertThat(r.method() + " " + r.path()).isEqualTo("POST " + LEAD_SEARCH);
            assertThat(r.query()).isEqualTo("page=0&maxRows=" + LeadLookup.PAGE_SIZE);
            assertThat(r.header("X-Auth-Token")).isEqualTo(SimulatorCredentials.API_TOKEN);
            assertThat(r.body()).contains("\"leadPhoneNum\":\"6505550105\"").doesNotContain("campaignIds");
        });
    }

    @Test
    void aPhoneNumberWithoutLeadsHasNone() {
        given().contentType("application/json").body("{\"phone\":\"+1 415 555 0199\"}").post("/leads-by-phone")
                .then().statusCode(200)
                .body("phone", equalTo("14155550199"))
                .body("leads", empty());
    }

    @Test
    void somethingThatIsNotAPhoneNumberIsRefusedBeforeAnyRequest() {
        given().contentType("application/json").body("{\"phone\":\"call me\"}").post("/leads-by-phone")
                .then().statusCode(not(equalTo(200)));

        assertThat(simulator.journal()).isEmpty();
    }

    private void loadLead(int campaignId, String lead) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + ACCOUNT + "/campaigns/" + campaignId
                + "/leadLoader/direct"))
                .header("X-Auth-Token", SimulatorCredentials.API_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"uploadLeads\":[" + lead + "]}")).build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }
}
