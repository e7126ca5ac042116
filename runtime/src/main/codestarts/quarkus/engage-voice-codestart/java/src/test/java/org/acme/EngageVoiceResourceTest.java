package org.acme;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The resource against the simulator the Dev Service starts: the seeded agent groups of the demo account. */
@QuarkusTest
class EngageVoiceResourceTest {

    @Test
    void listsTheAgentGroupsOfTheAccount() {
        given().when().get("/engage-voice/agent-groups")
                .then().statusCode(200)
                .body("$", hasItems("Sales Agents", "Sales Supervisors"));
    }
}
