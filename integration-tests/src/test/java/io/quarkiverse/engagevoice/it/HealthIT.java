package io.quarkiverse.engagevoice.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.it.PackagedAppSimulators.Simulators;
import io.quarkiverse.engagevoice.mockserver.InjectEngageVoiceSimulator;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The readiness check of the packaged application reports every configured client and the server it reached. */
@QuarkusIntegrationTest
@WithTestResource(PackagedAppSimulators.class)
class HealthIT {

    @InjectEngageVoiceSimulator
    Simulators simulators;

    @Test
    void bothClientsAreReady() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Engage Voice clients' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Engage Voice clients' }.data.'<default>'",
                        equalTo("UP " + simulators.current().baseUrl() + " (current)"))
                .body("checks.find { it.name == 'Engage Voice clients' }.data.vacd",
                        equalTo("UP " + simulators.legacy().baseUrl() + " (legacy)"));
    }
}
