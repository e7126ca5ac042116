package io.quarkiverse.engagevoice.client.api.admin;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ROOT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentWithoutBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.model.admin.AuthenticatedSession;
import io.quarkiverse.engagevoice.client.model.admin.LoginView;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** {@link UserAuthUtilitiesApi} on the wire; the answers carry tokens, which the models never print. */
class UserAuthUtilitiesWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String SESSION_TOKEN = "c2353445-9f1e-4c2b-8d7a-0b5e6f7a8b9c";

    private UserAuthUtilitiesApi auth;

    @BeforeEach
    void client() {
        auth = WireTests.client(SERVER).api(UserAuthUtilitiesApi.class);
    }

    @Test
    void theLoginViewMapsTheUserAndItsAccounts() {
        SERVER.enqueue(Answer.json(200, "{\"authToken\":\"" + SESSION_TOKEN + """
                ","platformHost":"ringcx.ringcentral.com",\
                "user":{"userId":1001,"userName":"admin@example.com"},\
                "accounts":[{"accountId":"12340001","accountName":"Sales","enableOutbound":true}]}"""));

        LoginView view = auth.loginView();

        assertSentWithoutBody(SERVER, "GET", ROOT + "/v1/admin/auth", null);
        assertThat(view.getUser().getUserId()).isEqualTo(1001);
        assertThat(view.getAccounts()).singleElement().satisfies(a -> {
            assertThat(a.getAccountId()).isEqualTo("12340001");
            assertThat(a.getEnableOutbound()).isTrue();
        });
        assertThat(view.getAuthToken()).isEqualTo(SESSION_TOKEN);
        assertThat(view.toString()).isEqualTo("LoginView[1001, ringcx.ringcentral.com]").doesNotContain(SESSION_TOKEN);
    }

    @Test
    void aSessionIsDuplicatedWithoutABody() {
        SERVER.enqueue(Answer.json(200, "{\"id\":\"s-42\",\"name\":\"admin@example.com\",\"authToken\":\""
                + SESSION_TOKEN + """
                        ","isApiToken":false,"superUser":true,"stayLoggedIn":false,\
                        "sourceIp":"203.0.113.7","rightsDocs":{"12340001":{"rightsDocId":5}},\
                        "user":{"userId":1001}}"""));

        AuthenticatedSession session = auth.duplicateSession();

        assertSentWithoutBody(SERVER, "POST", ROOT + "/v1/admin/users/duplicateAuthenticatedUser", null);
        assertThat(session.getAuthToken()).isEqualTo(SESSION_TOKEN);
        assertThat(session.getSuperUser()).isTrue();
        assertThat(session.getRightsDocs()).containsOnlyKeys("12340001");
        assertThat(session.getUser().getUserId()).isEqualTo(1001);
        assertThat(session.toString()).isEqualTo("AuthenticatedSession[s-42, admin@example.com]")
                .doesNotContain(SESSION_TOKEN);
    }

    @Test
    void passwordsTravelAsEncodedQueryParameters() {
        SERVER.answerByDefault(Answer.json(200, "true"));

        assertThat(auth.changePassword("old p&ss", "new+Pass=1")).isTrue();
        var sent = assertSentWithoutBody(SERVER, "POST", ROOT + "/v1/admin/users/passwordReset",
                SERVER.lastRequest().rawQuery());
        assertThat(sent.queryParams()).isEqualTo(Map.of("currentPassword", List.of("old p&ss"),
                "newPassword", List.of("new+Pass=1")));

        assertThat(auth.resetPassword("reset-token-1", "n3w/Pass")).isTrue();
        sent = assertSentWithoutBody(SERVER, "POST", ROOT + "/v1/auth/passwordReset", SERVER.lastRequest().rawQuery());
        assertThat(sent.queryParams()).isEqualTo(Map.of("token", List.of("reset-token-1"),
                "password", List.of("n3w/Pass")));
    }

    @Test
    void resetsAreRequestedAndTokensChecked() {
        SERVER.answerByDefault(Answer.json(200, "true"));

        assertThat(auth.sendPasswordReset(1002, "/reset")).isTrue();
        assertSentWithoutBody(SERVER, "POST", ROOT + "/v1/admin/users/1002/passwordReset", "returnPath=%2Freset");
        assertThat(auth.sendPasswordReset(1002, "/reset", true)).isTrue();
        assertSentWithoutBody(SERVER, "POST", ROOT + "/v1/admin/users/1002/passwordReset",
                "returnPath=%2Freset&resetViaEngageAuth=true");
        assertThat(auth.requestPasswordReset("ops.lead@example.com", "/reset")).isTrue();
        assertSentWithoutBody(SERVER, "POST", ROOT + "/v1/auth/passwordResetRequest",
                "userName=ops.lead%40example.com&returnPath=%2Freset");
        SERVER.answerByDefault(Answer.json(200, "false"));
        assertThat(auth.isTokenValid("reset-token-1")).isFalse();
        assertSentWithoutBody(SERVER, "GET", ROOT + "/v1/auth/isTokenValid", "token=reset-token-1");
    }
}
