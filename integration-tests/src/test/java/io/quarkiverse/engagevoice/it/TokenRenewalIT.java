package io.quarkiverse.engagevoice.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.it.PackagedAppSimulators.Simulators;
import io.quarkiverse.engagevoice.mockserver.InjectEngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged application logs in, and when the server finds its short-lived token expired, renews it with the
 * refresh token and replays the call once, a default method of the interface included.
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedAppSimulators.class)
class TokenRenewalIT {

    private static final String LOGIN = "/api/auth/login/admin";
    private static final String REFRESH = "/api/auth/token/refresh";
    private static final String AGENT_GROUPS = "/voice/api/v1/admin/accounts/" + SimulatorCredentials.SALES_ACCOUNT_ID
            + "/agentGroups";

    @InjectEngageVoiceSimulator
    Simulators simulators;

    @Test
    void theApplicationLoggedInWithTheConfiguredUserBeforeItsFirstCall() {
        given().get("/agent-groups").then().statusCode(200);

        // whichever test came first, the journal holds the application's whole history
        List<RecordedRequest> journal = simulators.current().journal();
        assertThat(journal).isNotEmpty();
        RecordedRequest first = journal.get(0);
        assertThat(first.method() + " " + first.path()).isEqualTo("POST " + LOGIN);
        assertThat(first.queryParams().get("username")).containsExactly(SimulatorCredentials.ENGAGE_USERNAME);
        assertThat(first.queryParams().get("platformId")).containsExactly(SimulatorCredentials.ENGAGE_PLATFORM_ID);
        assertThat(journal).filteredOn(r -> r.path().equals(LOGIN)).hasSize(1);
    }

    @Test
    void anExpiredTokenIsRenewedAndTheCallReplayedOnce() {
        // the server's clock at the real time: the next call leaves the client with a token fresh for both
        simulators.clock().set(Instant.now());
        given().get("/agent-groups").then().statusCode(200);
        String before = lastAuthorization();
        int mark = simulators.mark();

        simulators.clock().advance(PackagedAppSimulators.TOKEN_TTL.plus(Duration.ofSeconds(1)));
        given().get("/agent-groups").then().statusCode(200).body("$", hasItem("Sales Agents"));

        List<RecordedRequest> calls = simulators.currentSince(mark);
        assertThat(calls).extracting(r -> r.method() + " " + r.path())
                .containsExactly("GET " + AGENT_GROUPS, "POST " + REFRESH, "GET " + AGENT_GROUPS);
        assertThat(calls.get(0).header("Authorization")).isEqualTo(before);
        assertThat(calls.get(2).header("Authorization")).startsWith("Bearer ").isNotEqualTo(before);
    }

    private String lastAuthorization() {
        List<RecordedRequest> api = simulators.current().journal().stream()
                .filter(r -> r.path().startsWith("/voice/api/")).toList();
        return api.get(api.size() - 1).header("Authorization");
    }
}
