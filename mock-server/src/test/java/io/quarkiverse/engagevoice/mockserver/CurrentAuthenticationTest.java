package io.quarkiverse.engagevoice.mockserver;

import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.engagevoice.mockserver.seed.SimulatorSeed;

/** The authentication flows of the current servers, with a clock the tests move. */
class CurrentAuthenticationTest {

    private static final String ACCOUNTS = "/voice/api/v1/admin/accounts";
    private static final Instant START = SimulatorFixture.START;

    @RegisterExtension
    static final SimulatorFixture SIM = SimulatorFixture.current();

    private final ManualClock clock = SIM.clock();
    private final EngageVoiceSimulator simulator = SIM.simulator();
    private final TestHttp http = SIM.http();

    @Test
    void jwtGrantAnswersARingCentralToken() {
        TestHttp.Response response = http.post("/restapi/oauth/token")
                .header("Authorization", Logins.basic(RC_CLIENT_ID, RC_CLIENT_SECRET))
                .form("grant_type", Logins.JWT_GRANT, "assertion", RC_JWT_ASSERTION)
                .send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode token = response.json();
        assertThat(token.get("access_token").asText()).isNotBlank();
        assertThat(token.get("token_type").asText()).isEqualTo("bearer");
        assertThat(token.get("expires_in").asLong()).isEqualTo(3600);
    }

    @Test
    void jwtGrantRefusesAWrongClientSecret() {
        TestHttp.Response response = http.post("/restapi/oauth/token")
                .header("Authorization", Logins.basic(RC_CLIENT_ID, "not-the-secret"))
                .form("grant_type", Logins.JWT_GRANT, "assertion", RC_JWT_ASSERTION)
                .send();

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("error").asText()).isEqualTo("invalid_client");
        assertThat(response.json().get("error_description").asText()).contains(RC_CLIENT_ID);
    }

    @Test
    void jwtGrantRefusesAnUnknownAssertion() {
        TestHttp.Response response = http.post("/restapi/oauth/token")
                .header("Authorization", Logins.basic(RC_CLIENT_ID, RC_CLIENT_SECRET))
                .form("grant_type", Logins.JWT_GRANT, "assertion", "eyJhbGciOiJSUzI1NiJ9.e30.c2ln")
                .send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("invalid_grant");
        assertThat(response.json().get("errors").get(0).get("errorCode").asText()).isEqualTo("OAU-211");
    }

    @Test
    void exchangeAnswersTheDocumentedShapeWithAJwtFromTheSimulatorClock() {
        JsonNode login = Logins.engageLogin(http);

        assertThat(fieldNames(login)).containsExactly("refreshToken", "accessToken", "tokenType", "mainAccountId",
                "agentDetails", "adminId", "adminUrl", "agentUrl", "ssoLogin");
        assertThat(login.get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(login.get("mainAccountId").asText()).isEqualTo(MAIN_ACCOUNT_ID);
        assertThat(login.get("adminId").asInt()).isEqualTo(ADMIN_USER_ID);
        assertThat(login.get("ssoLogin").asBoolean()).isTrue();
        JsonNode agent = login.get("agentDetails").get(0);
        assertThat(agent.get("agentId").asInt()).isEqualTo(SimulatorSeed.AGENT_SAM);
        assertThat(agent.get("accountId").asText()).isEqualTo(SALES_ACCOUNT_ID);
        assertThat(agent.get("rcUserId").asLong()).isEqualTo(RC_USER_ID);

        JsonNode claims = jwtClaims(login.get("accessToken").asText());
        assertThat(claims.get("iat").asLong()).isEqualTo(START.getEpochSecond());
        assertThat(claims.get("exp").asLong()).isEqualTo(START.plus(Duration.ofMinutes(5)).getEpochSecond());
        assertThat(claims.get("mainAccountId").asText()).isEqualTo(MAIN_ACCOUNT_ID);
    }

    @Test
    void exchangeWithoutIncludeRefreshAnswersNoRefreshToken() {
        TestHttp.Response response = http.post("/api/auth/login/rc/accesstoken")
                .form("rcAccessToken", Logins.rcAccessToken(http), "rcTokenType", "Bearer")
                .send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().has("refreshToken")).isFalse();
        assertThat(response.json().get("accessToken").asText()).isNotBlank();
    }

    @Test
    void exchangeAcceptsOnlyUnexpiredRingCentralTokensTheSimulatorIssued() {
        TestHttp.Response unknown = Logins.exchange(http, "not-a-token-the-simulator-issued");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.contentType()).startsWith("text/plain");

        String rcToken = Logins.rcAccessToken(http);
        clock.advance(Duration.ofHours(1));
        assertThat(Logins.exchange(http, rcToken).status()).isEqualTo(401);
    }

    @Test
    void exchangeReadsTheFormBodyNotTheQuery() {
        String rcToken = Logins.rcAccessToken(http);

        TestHttp.Response response = http.post("/api/auth/login/rc/accesstoken?includeRefresh=true&rcAccessToken="
                + rcToken + "&rcTokenType=Bearer").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("validationErrors").get(0).get("attributeName").asText())
                .isEqualTo("rcAccessToken");
    }

    @Test
    void accessTokenAuthorisesApiCallsAsBearer() {
        TestHttp.Response response = http.get(ACCOUNTS).bearer(Logins.accessToken(http)).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).hasSize(3);
    }

    @Test
    void expiredAccessTokenAnswersJwtIsExpiredInPlainText() {
        String accessToken = Logins.accessToken(http);

        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(http.get(ACCOUNTS).bearer(accessToken).send().status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(1));
        TestHttp.Response expired = http.get(ACCOUNTS).bearer(accessToken).send();
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.contentType()).startsWith("text/plain");
        assertThat(expired.body()).isEqualTo("Jwt is expired");
    }

    @Test
    void tokenTtlIsConfigurable() {
        try (EngageVoiceSimulator shortLived = EngageVoiceSimulator.builder().clock(clock)
                .tokenTtl(Duration.ofSeconds(30)).start()) {
            TestHttp shortHttp = new TestHttp(shortLived);
            String accessToken = Logins.accessToken(shortHttp);
            clock.advance(Duration.ofSeconds(30));

            TestHttp.Response response = shortHttp.get(ACCOUNTS).bearer(accessToken).send();

            assertThat(response.body()).isEqualTo("Jwt is expired");
        }
    }

    @Test
    void missingOrForgedTokensAre401WithOtherPlainTextMessages() {
        TestHttp.Response missing = http.get(ACCOUNTS).send();
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.contentType()).startsWith("text/plain");
        assertThat(missing.body()).isNotBlank().isNotEqualTo("Jwt is expired");

        String accessToken = Logins.accessToken(http);
        String forged = accessToken.substring(0, accessToken.lastIndexOf('.') + 1) + "Zm9yZ2Vk";
        TestHttp.Response invalid = http.get(ACCOUNTS).bearer(forged).send();
        assertThat(invalid.status()).isEqualTo(401);
        assertThat(invalid.contentType()).startsWith("text/plain");
        assertThat(invalid.body()).isNotBlank().isNotEqualTo("Jwt is expired");
    }

    @Test
    void refreshRotatesTheRefreshTokenAndRefusesUsedOnes() {
        JsonNode login = Logins.engageLogin(http);
        String first = login.get("refreshToken").asText();

        TestHttp.Response refreshed = http.post("/api/auth/token/refresh").form("refresh_token", first).send();
        assertThat(refreshed.status()).isEqualTo(200);
        String second = refreshed.json().get("refreshToken").asText();
        assertThat(second).isNotBlank().isNotEqualTo(first);
        assertThat(refreshed.json().get("accessToken").asText()).isNotEqualTo(login.get("accessToken").asText());
        assertThat(http.get(ACCOUNTS).bearer(refreshed.json().get("accessToken").asText()).send().status())
                .isEqualTo(200);

        TestHttp.Response reused = http.post("/api/auth/token/refresh").form("refresh_token", first).send();
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.contentType()).startsWith("text/plain");
        assertThat(reused.body()).isEqualTo("Invalid refresh token");

        TestHttp.Response third = http.post("/api/auth/token/refresh").form("refresh_token", second).send();
        assertThat(third.status()).isEqualTo(200);
        assertThat(third.json().get("refreshToken").asText()).isNotIn(first, second);
    }

    @Test
    void refreshTokenSupersededByALaterRefreshIsRefused() {
        String original = Logins.engageLogin(http).get("refreshToken").asText();
        String rotated = http.post("/api/auth/token/refresh").form("refresh_token", original).send()
                .json().get("refreshToken").asText();
        http.post("/api/auth/token/refresh").form("refresh_token", rotated).send();

        assertThat(http.post("/api/auth/token/refresh").form("refresh_token", rotated).send().status())
                .isEqualTo(401);
        assertThat(http.post("/api/auth/token/refresh").form("refresh_token", original).send().status())
                .isEqualTo(401);
    }

    @Test
    void refreshAnswersTheSameShapeAsTheExchange() {
        String refreshToken = Logins.engageLogin(http).get("refreshToken").asText();

        JsonNode refreshed = http.post("/api/auth/token/refresh").form("refresh_token", refreshToken).send().json();

        assertThat(fieldNames(refreshed)).containsExactly("refreshToken", "accessToken", "tokenType",
                "mainAccountId", "agentDetails", "adminId", "adminUrl", "agentUrl", "ssoLogin");
    }

    @Test
    void engageLoginTakesCredentialsFromTheQuery() {
        TestHttp.Response ok = http.post("/api/auth/login/admin?username=" + ENGAGE_USERNAME + "&password="
                + ENGAGE_PASSWORD + "&platformId=" + ENGAGE_PLATFORM_ID).send();
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("accessToken").asText()).isNotBlank();
        assertThat(ok.json().get("ssoLogin").asBoolean()).isFalse();
        assertThat(http.get(ACCOUNTS).bearer(ok.json().get("accessToken").asText()).send().status()).isEqualTo(200);

        TestHttp.Response wrongPassword = http.post("/api/auth/login/admin?username=" + ENGAGE_USERNAME
                + "&password=wrong").send();
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.contentType()).startsWith("text/plain");

        TestHttp.Response wrongPlatform = http.post("/api/auth/login/admin?username=" + ENGAGE_USERNAME
                + "&password=" + ENGAGE_PASSWORD + "&platformId=c99").send();
        assertThat(wrongPlatform.status()).isEqualTo(401);

        TestHttp.Response inBody = http.post("/api/auth/login/admin")
                .form("username", ENGAGE_USERNAME, "password", ENGAGE_PASSWORD).send();
        assertThat(inBody.status()).isEqualTo(400);
    }

    @Test
    void sixthExchangeWithinAMinuteIsTooManyRequestsUntilTheWindowMoves() {
        String rcToken = Logins.rcAccessToken(http);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(Logins.exchange(http, rcToken).status());
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(statuses).containsOnly(200);

        TestHttp.Response sixth = Logins.exchange(http, rcToken);
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.contentType()).startsWith("text/plain");
        assertThat(sixth.body()).isEqualTo("Too Many Requests");
        assertThat(sixth.raw().headers().map().keySet())
                .noneMatch(name -> name.toLowerCase().contains("rate") || name.equalsIgnoreCase("retry-after"));

        // the first exchange was at START; the window slides past it at START + 60 s
        clock.set(START.plusSeconds(59));
        assertThat(Logins.exchange(http, rcToken).status()).isEqualTo(429);
        clock.set(START.plusSeconds(60));
        assertThat(Logins.exchange(http, rcToken).status()).isEqualTo(200);
    }

    @Test
    void legacyLoginIsNotServedByTheCurrentLayout() {
        TestHttp.Response response = http.post("/api/v1/auth/login")
                .form("username", LEGACY_USERNAME, "password", LEGACY_PASSWORD).send();

        assertThat(response.status()).isEqualTo(404);
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static JsonNode jwtClaims(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        try {
            return TestHttp.JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("JWT payload is not JSON", e);
        }
    }
}
