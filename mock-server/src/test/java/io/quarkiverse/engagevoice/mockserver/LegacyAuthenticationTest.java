package io.quarkiverse.engagevoice.mockserver;

import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/** The legacy layout: API under /api, form login, X-Auth-Token with a sliding expiry. */
class LegacyAuthenticationTest {

    private static final String ACCOUNTS = "/api/v1/admin/accounts";

    @RegisterExtension
    static final SimulatorFixture SIM = SimulatorFixture.legacy();

    private final ManualClock clock = SIM.clock();
    private final EngageVoiceSimulator simulator = SIM.simulator();
    private final TestHttp http = SIM.http();

    private String login(boolean stayLoggedIn) {
        TestHttp.Response response = http.post("/api/v1/auth/login")
                .form("username", LEGACY_USERNAME, "password", LEGACY_PASSWORD, "stayLoggedIn",
                        String.valueOf(stayLoggedIn))
                .send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("authToken").asText();
    }

    @Test
    void servesTheApiUnderSlashApi() {
        assertThat(simulator.legacy()).isTrue();
        assertThat(simulator.apiRoot()).isEqualTo("/api");
        assertThat(simulator.apiBaseUrl()).isEqualTo(simulator.baseUrl() + "/api");

        TestHttp.Response response = http.get(ACCOUNTS).apiToken(login(false)).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(http.get("/voice/api/v1/admin/accounts").apiToken(login(false)).send().status()).isEqualTo(404);
    }

    @Test
    void loginAnswersAnAuthTokenWithUserAndAccounts() {
        TestHttp.Response response = http.post("/api/v1/auth/login")
                .form("username", LEGACY_USERNAME, "password", LEGACY_PASSWORD).send();

        JsonNode answer = response.json();
        assertThat(answer.get("authToken").asText()).isNotBlank();
        assertThat(answer.get("user").get("userId").asInt()).isEqualTo(ADMIN_USER_ID);
        assertThat(answer.get("accounts")).hasSize(3);
        assertThat(answer.get("accounts").get(1).get("accountId").asText()).isEqualTo(SALES_ACCOUNT_ID);
        assertThat(answer.get("platformHost").asText()).isEqualTo("127.0.0.1:" + simulator.port());
    }

    @Test
    void loginRefusesWrongCredentialsAndQueryParameters() {
        TestHttp.Response wrong = http.post("/api/v1/auth/login")
                .form("username", LEGACY_USERNAME, "password", "wrong").send();
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("text/plain");

        TestHttp.Response inQuery = http.post("/api/v1/auth/login?username=" + LEGACY_USERNAME + "&password="
                + LEGACY_PASSWORD).send();
        assertThat(inQuery.status()).isEqualTo(400);
    }

    @Test
    void authTokenExpiresAnHourAfterItsLastUse() {
        String token = login(false);

        clock.advance(Duration.ofMinutes(59));
        assertThat(http.get(ACCOUNTS).apiToken(token).send().status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(59));
        assertThat(http.get(ACCOUNTS).apiToken(token).send().status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(60));
        TestHttp.Response expired = http.get(ACCOUNTS).apiToken(token).send();
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.contentType()).startsWith("text/plain");
        assertThat(expired.body()).isEqualTo("Token is expired");
    }

    @Test
    void stayLoggedInLastsTwoWeeksFromTheLastUse() {
        String token = login(true);

        clock.advance(Duration.ofDays(13));
        assertThat(http.get(ACCOUNTS).apiToken(token).send().status()).isEqualTo(200);
        clock.advance(Duration.ofDays(13));
        assertThat(http.get(ACCOUNTS).apiToken(token).send().status()).isEqualTo(200);
        clock.advance(Duration.ofDays(14));
        assertThat(http.get(ACCOUNTS).apiToken(token).send().status()).isEqualTo(401);
    }

    @Test
    void bearerTokensAreNotAcceptedByLegacyServers() {
        TestHttp.Response response = http.get(ACCOUNTS).bearer(login(false)).send();

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void currentAuthenticationEndpointsAreNotServed() {
        assertThat(http.post("/restapi/oauth/token").form("grant_type", Logins.JWT_GRANT).send().status())
                .isEqualTo(404);
        // /api/auth/... lies under the legacy API root, where authentication comes before routing
        assertThat(http.post("/api/auth/login/admin?username=" + ENGAGE_USERNAME + "&password=" + ENGAGE_PASSWORD)
                .send().status()).isEqualTo(401);
    }
}
