package io.quarkiverse.engagevoice.client.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.error.ErrorResponseMapper;
import io.quarkiverse.engagevoice.client.error.UnauthorizedException;
import io.quarkiverse.engagevoice.client.model.auth.LoginSession;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;

/**
 * {@link AuthApi} on the wire: at the host root, with the token it is about and nothing else, and a 401 reported
 * after one request (no replay).
 */
class AuthApiWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.e30.wire-test-signature";
    private static final String SESSION = """
            {"accessToken":"%s","refreshToken":"r-1",\
            "tokenType":"Bearer","mainAccountId":"1001","adminId":77,"ssoLogin":false,\
            "agentDetails":[{"agentId":5,"accountId":"1001","firstName":"Ada","rcUserId":9}],\
            "rcUser":{"firstName":"Ada","company":"Acme"},"newProperty":"kept"}""".formatted(TOKEN);

    private AuthApi auth;

    @BeforeEach
    void client() {
        auth = RestClientBuilder.newBuilder().baseUri(URI.create(SERVER.url())).register(new ErrorResponseMapper())
                .build(AuthApi.class);
    }

    @Test
    void theTokenIsValidatedWithItselfAsTheOnlyCredential() {
        SERVER.enqueue(Answer.text(200, "true"));

        assertThat(auth.validate(AuthApi.bearer(TOKEN))).isEqualTo("true");

        Request sent = SERVER.lastRequest();
        assertThat(sent.method() + " " + sent.rawPath()).isEqualTo("GET /api/auth/token/validate");
        assertThat(sent.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(sent.header("X-Auth-Token")).isNull();
        assertThat(sent.body()).isEmpty();
    }

    @Test
    void theClaimsAreReadByName() {
        SERVER.enqueue(Answer.json(200, "{\"sub\":\"1001\",\"exp\":1767225600,\"roles\":[\"ADMIN\"]}"));

        Map<String, Object> claims = auth.claims(AuthApi.bearer(TOKEN));

        assertThat(SERVER.lastRequest().rawPath()).isEqualTo("/api/auth/token/claims");
        assertThat(claims).containsEntry("sub", "1001").containsEntry("exp", 1767225600);
    }

    @Test
    void theSessionIsTypedAndKeepsWhatItDoesNotDeclare() {
        SERVER.enqueue(Answer.json(200, SESSION));

        LoginSession session = auth.session(AuthApi.bearer(TOKEN));

        assertThat(SERVER.lastRequest().rawPath()).isEqualTo("/api/auth/login");
        assertThat(session.getMainAccountId()).isEqualTo("1001");
        assertThat(session.getAdminId()).isEqualTo(77);
        assertThat(session.getAgentDetails()).singleElement().satisfies(agent -> {
            assertThat(agent.getAgentId()).isEqualTo(5);
            assertThat(agent.getRcUserId()).isEqualTo(9L);
        });
        assertThat(session.getRcUser().getCompany()).isEqualTo("Acme");
        assertThat(session.otherProperties()).containsEntry("newProperty", "kept");
        assertThat(session.toString()).doesNotContain(TOKEN);
    }

    @Test
    void anAgentLogsInWithTheCredentialsInTheQueryAndNoBody() {
        SERVER.enqueue(Answer.json(200, SESSION));

        LoginSession session = auth.loginAgent("ada@example.com", "s3cret&=", null);

        Request sent = SERVER.lastRequest();
        assertThat(sent.method() + " " + sent.rawPath()).isEqualTo("POST /api/auth/login/agent");
        assertThat(sent.queryParams()).containsEntry("username", List.of("ada@example.com"))
                .containsEntry("password", List.of("s3cret&=")).doesNotContainKey("platformId");
        assertThat(sent.body()).isEmpty();
        assertThat(session.getRefreshToken()).isEqualTo("r-1");
    }

    @Test
    void aLogoutNamesTheRefreshTokenInThePath() {
        SERVER.enqueue(Answer.text(204, ""));

        auth.logout("r-1");

        Request sent = SERVER.lastRequest();
        assertThat(sent.method() + " " + sent.rawPath()).isEqualTo("DELETE /api/auth/logout/r-1");
    }

    @Test
    void aRejectedTokenIsReportedAfterOneRequestWithoutTheToken() {
        SERVER.answerByDefault(Answer.text(401, "Jwt is expired"));

        assertThatThrownBy(() -> auth.validate(AuthApi.bearer(TOKEN))).isInstanceOf(UnauthorizedException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));

        assertThat(SERVER.requests()).hasSize(1);
    }
}
