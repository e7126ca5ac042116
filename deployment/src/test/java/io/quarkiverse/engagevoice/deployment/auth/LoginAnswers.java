package io.quarkiverse.engagevoice.deployment.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;

/** Login answers in the shape of the API's, with JWT-shaped access tokens. */
final class LoginAnswers {

    private LoginAnswers() {
    }

    /** An access token valid for an hour, recognisable by {@code marker}. */
    static String accessToken(String marker) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"sub\":\"" + marker + "\",\"exp\":"
                + Instant.now().plusSeconds(3600).getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".c2ln";
    }

    /** The answer of the exchange, the refresh or the Engage login. */
    static Answer engage(String accessToken, String refreshToken, String accountId) {
        return Answer.json(200, """
                {"accessToken":"%1$s","refreshToken":"%2$s",\
                "tokenType":"Bearer","mainAccountId":"%3$s","agentDetails":[{"agentId":1,\
                "accountId":"%3$s","accountName":"Main"}],"adminId":1001}""".formatted(accessToken, refreshToken,
                accountId));
    }

    /** The answer of the legacy login. */
    static Answer legacy(String authToken, String accountId) {
        return Answer.json(200, "{\"authToken\":\"" + authToken + "\",\"adminUserId\":1001,\"accounts\":[{\"accountId\":\""
                + accountId + "\",\"accountName\":\"Main\"}]}");
    }
}
