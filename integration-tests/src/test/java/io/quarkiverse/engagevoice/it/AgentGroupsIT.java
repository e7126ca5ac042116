package io.quarkiverse.engagevoice.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.it.PackagedAppSimulators.Simulators;
import io.quarkiverse.engagevoice.mockserver.InjectEngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged application lists agent groups through a default method of the interface, and creates one. */
@QuarkusIntegrationTest
@WithTestResource(PackagedAppSimulators.class)
class AgentGroupsIT {

    private static final String AGENT_GROUPS = "/voice/api/v1/admin/accounts/" + SimulatorCredentials.SALES_ACCOUNT_ID
            + "/agentGroups";

    @InjectEngageVoiceSimulator
    Simulators simulators;

    @Test
    void aDefaultMethodOfTheInterfaceSendsItsRequest() {
        int mark = simulators.mark();
        given().get("/agent-groups").then().statusCode(200).body("$", hasItems("Sales Agents", "Sales Supervisors"));

        assertThat(simulators.currentSince(mark)).filteredOn(r -> r.path().startsWith("/voice/api/")).singleElement()
                .satisfies((RecordedRequest r) -> {
                    assertThat(r.method()).isEqualTo("GET");
                    assertThat(r.path()).isEqualTo(AGENT_GROUPS);
                    assertThat(r.header("Authorization")).startsWith("Bearer ");
                });
    }

    @Test
    void aCreateSendsTheGroupAndReadsTheCreatedOne() {
        int mark = simulators.mark();
        given().post("/agent-groups/Night shift").then().statusCode(200)
                .body("groupName", equalTo("Night shift"))
                .body("agentGroupId", notNullValue());

        assertThat(simulators.currentSince(mark)).filteredOn(r -> r.method().equals("POST") && r.path().equals(AGENT_GROUPS))
                .singleElement().satisfies((RecordedRequest r) -> {
                    assertThat(r.header("Content-Type")).startsWith("application/json");
                    assertThat(r.body()).contains("\"groupName\":\"Night shift\"");
                });
        given().get("/agent-groups").then().statusCode(200).body("$", hasItem("Night shift"));
    }
}
