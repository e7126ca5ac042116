package io.quarkiverse.engagevoice.mockserver;

import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;

/** The documented login flows, step by step, for tests. */
final class Logins {

    static final String JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private Logins() {
    }

    static String basic(String clientId, String secret) {
        byte[] credentials = (clientId + ":" + secret).getBytes(StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(credentials);
    }

    /** The RingCentral JWT grant; answers the RC access token. */
    static String rcAccessToken(TestHttp http) {
        TestHttp.Response response = http.post("/restapi/oauth/token")
                .header("Authorization", basic(RC_CLIENT_ID, RC_CLIENT_SECRET))
                .form("grant_type", JWT_GRANT, "assertion", RC_JWT_ASSERTION)
                .send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("access_token").asText();
    }

    /** The token exchange with refresh token, as the documentation sends it (form body, no auth header). */
    static TestHttp.Response exchange(TestHttp http, String rcToken) {
        return http.post("/api/auth/login/rc/accesstoken?includeRefresh=true")
                .form("rcAccessToken", rcToken, "rcTokenType", "Bearer")
                .send();
    }

    /** JWT grant, then exchange: the Engage login answer. */
    static JsonNode engageLogin(TestHttp http) {
        TestHttp.Response response = exchange(http, rcAccessToken(http));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    static String accessToken(TestHttp http) {
        return engageLogin(http).get("accessToken").asText();
    }
}
