package io.quarkiverse.engagevoice.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The application has no Engage Voice configuration at all: Dev Services start the simulator and the injected
 * client reaches it.
 */
@QuarkusTest
class AgentGroupsResourceTest {

    @Test
    void createsAndListsAgentGroupsThroughDevServices() {
        given().post("/agent-groups/Night shift").then().statusCode(200)
                .body("agentGroupId", notNullValue())
                .body("groupName", org.hamcrest.Matchers.equalTo("Night shift"));

        given().get("/agent-groups").then().statusCode(200).body("$", hasItem("Night shift"));
    }
}
