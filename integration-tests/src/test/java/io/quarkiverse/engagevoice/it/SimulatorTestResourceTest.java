package io.quarkiverse.engagevoice.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulatorResource;
import io.quarkiverse.engagevoice.mockserver.InjectEngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The simulator as a Quarkus test resource: configured client, injected simulator, journal on hand. */
@QuarkusTest
@QuarkusTestResource(value = EngageVoiceSimulatorResource.class, restrictToAnnotatedClass = true)
class SimulatorTestResourceTest {

    @InjectEngageVoiceSimulator
    EngageVoiceSimulator simulator;

    @Test
    void theApplicationReachesTheInjectedSimulator() {
        simulator.clearJournal();
        given().get("/agent-groups").then().statusCode(200); // the first call may log in
        simulator.clearJournal();

        given().get("/agent-groups").then().statusCode(200).body("$", hasItems("Sales Agents", "Sales Supervisors"));

        assertThat(simulator.journal()).filteredOn(r -> r.path().startsWith("/voice/api/"))
                .singleElement().satisfies((RecordedRequest r) -> {
                    assertThat(r.path()).isEqualTo("/voice/api/v1/admin/accounts/" + SimulatorCredentials.SALES_ACCOUNT_ID
                            + "/agentGroups");
                    assertThat(r.header("Authorization")).startsWith("Bearer ");
                    assertThat(r.header("User-Agent")).startsWith("engage-voice-it/");
                });
    }
}
