package io.quarkiverse.engagevoice.deployment.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The readiness check: the default client logs in to the simulator (Dev Services) and is UP; a named client whose
 * login is refused makes the application not ready, with the reason and without a secret.
 */
class ReadinessTest {

    static final RecordingServer REFUSING = RecordingServer.shared("ReadinessTest");

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.engage-voice.\"broken\".server", REFUSING.url())
            .overrideConfigKey("quarkus.engage-voice.\"broken\".auth.username", "someone@example.com")
            .overrideConfigKey("quarkus.engage-voice.\"broken\".auth.password", "wrong-password-SECRET");

    @AfterAll
    static void stop() {
        REFUSING.close();
    }

    @Test
    void reportsEachClient() {
        REFUSING.answerByDefault(Answer.text(401, "Invalid credentials"));

        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.name", hasItem("Engage Voice clients"))
                .body("checks[0].status", equalTo("DOWN"))
                .body("checks[0].data.'<default>'", startsWith("UP http://127.0.0.1:"))
                .body("checks[0].data.broken", startsWith("DOWN AuthenticationFailedException"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("wrong-password-SECRET")));
    }
}
