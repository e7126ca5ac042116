package io.quarkiverse.engagevoice.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.it.PackagedAppSimulators.Simulators;
import io.quarkiverse.engagevoice.mockserver.InjectEngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The named client {@code vacd} logs in to a legacy server and calls its API root with {@code X-Auth-Token}. */
@QuarkusIntegrationTest
@WithTestResource(PackagedAppSimulators.class)
class LegacyServerIT {

    @InjectEngageVoiceSimulator
    Simulators simulators;

    @Test
    void theLegacyClientUsesTheLegacyLoginAndApiRoot() {
        given().get("/legacy/agent-groups").then().statusCode(200).body("$", hasItems("Sales Agents", "Sales Supervisors"));

        assertThat(simulators.legacy().journal()).extracting(RecordedRequest::path).contains("/api/v1/auth/login");
        assertThat(simulators.legacy().journal())
                .filteredOn(r -> r.path().equals("/api/v1/admin/accounts/" + SimulatorCredentials.SALES_ACCOUNT_ID
                        + "/agentGroups"))
                .isNotEmpty().allSatisfy((RecordedRequest r) -> {
                    assertThat(r.header("X-Auth-Token")).isNotBlank();
                    assertThat(r.header("Authorization")).isNull();
                });
        assertThat(simulators.current().journal()).noneMatch(r -> r.path().startsWith("/api/v1/"));
    }
}
