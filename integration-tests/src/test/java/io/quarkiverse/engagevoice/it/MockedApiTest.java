package io.quarkiverse.engagevoice.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

import java.lang.reflect.Proxy;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.model.AgentGroup;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/** An API interface the application injects is replaced for one test with {@code QuarkusMock}, behind its client proxy. */
@QuarkusTest
class MockedApiTest {

    @BeforeEach
    void mockAgentGroups() {
        AgentGroupsApi mock = (AgentGroupsApi) Proxy.newProxyInstance(AgentGroupsApi.class.getClassLoader(),
                new Class<?>[] { AgentGroupsApi.class }, (proxy, method, args) -> {
                    if (method.getName().equals("list")) {
                        return List.of(AgentGroup.named("Mocked group"));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        QuarkusMock.installMockForType(mock, AgentGroupsApi.class);
    }

    @Test
    void theResourceSeesTheMockInsteadOfTheServer() {
        given().get("/agent-groups").then().statusCode(200).body("$", contains("Mocked group"));
    }
}
