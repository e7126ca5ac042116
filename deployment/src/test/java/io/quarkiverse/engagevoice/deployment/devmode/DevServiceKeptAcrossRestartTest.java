package io.quarkiverse.engagevoice.deployment.devmode;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.QuarkusDevModeTest;

/**
 * In dev mode, editing a resource restarts the application but keeps the Dev Service's simulator: same URL, and the
 * data created before the edit is still there.
 */
class DevServiceKeptAcrossRestartTest {

    @RegisterExtension
    static final QuarkusDevModeTest dev = new QuarkusDevModeTest()
            .withApplicationRoot(jar -> jar.addClass(GroupsResource.class));

    @Test
    void theEditIsServedByTheSameSimulator() {
        String server = given().get("/groups/server").then().statusCode(200).extract().asString();
        assertThat(server).startsWith("http://127.0.0.1:");
        given().post("/groups/Kept across restarts").then().statusCode(200);
        given().get("/groups").then().statusCode(200).body(startsWith("groups: "))
                .body(containsString("Kept across restarts"));

        dev.modifySourceFile(GroupsResource.class, source -> source.replace("\"groups: \"", "\"agent groups: \""));

        given().get("/groups").then().statusCode(200).body(startsWith("agent groups: "))
                .body(containsString("Kept across restarts"));
        assertThat(given().get("/groups/server").then().statusCode(200).extract().asString()).isEqualTo(server);
    }
}
