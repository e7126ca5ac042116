package io.quarkiverse.engagevoice.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Errors of the Engage Voice API reach the application as typed exceptions named after the operation and its path
 * template, for a default method after the request it delegates to (the application's mapper shows them).
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedAppSimulators.class)
class TypedErrorsIT {

    @Test
    void aMissingAgentGroupIsAResourceNotFound() {
        given().get("/agent-groups/999999").then().statusCode(502)
                .body("type", equalTo("ResourceNotFoundException"))
                .body("status", equalTo(404))
                .body("operation", equalTo("AgentGroupsApi.get"))
                .body("message", allOf(containsString("AgentGroupsApi.get"),
                        containsString("GET /v1/admin/accounts/{accountId}/agentGroups/{agentGroupId}")));
    }

    @Test
    void anAccountOutOfReachThroughADefaultMethodIsAPermissionDeniedNamedAfterThatMethod() {
        given().get("/agent-groups/of-account/99999999").then().statusCode(502)
                .body("type", equalTo("PermissionDeniedException"))
                .body("status", equalTo(403))
                .body("operation", equalTo("AgentGroupsApi.list"))
                .body("message", allOf(containsString("AgentGroupsApi.list"),
                        containsString("GET /v1/admin/accounts/{accountId}/agentGroups")));
    }
}
