package io.quarkiverse.engagevoice.deployment.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkus.test.QuarkusUnitTest;

/** On a legacy server the same username/password select the legacy login, whose token goes as X-Auth-Token. */
class LegacyLoginConfigWireTest {

    static final RecordingServer SERVER = RecordingServer.shared("LegacyLoginConfigWireTest");

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClass(LoginAnswers.class))
            .overrideConfigKey("quarkus.engage-voice.server", SERVER.url())
            .overrideConfigKey("quarkus.engage-voice.legacy", "true")
            .overrideConfigKey("quarkus.engage-voice.auth.username", "legacy@example.com")
            .overrideConfigKey("quarkus.engage-voice.auth.password", "legacy-secret")
            .overrideConfigKey("quarkus.engage-voice.auth.stay-logged-in", "true");

    @Inject
    AccountsApi accounts;

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void logsInWithAFormAndSendsTheAuthToken() {
        SERVER.enqueue(LoginAnswers.legacy("legacy-auth-token-42", "4004"));
        SERVER.enqueue(Answer.json(200, "[]"));

        accounts.list();

        RecordingServer.Request login = SERVER.requests().get(0);
        assertThat(login.method() + " " + login.rawPath()).isEqualTo("POST /api/v1/auth/login");
        assertThat(login.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(login.formParams())
                .containsAllEntriesOf(Map.of("username", List.of("legacy@example.com"),
                        "password", List.of("legacy-secret"), "stayLoggedIn", List.of("true")));
        RecordingServer.Request call = SERVER.requests().get(1);
        assertThat(call.rawPath()).isEqualTo("/api/v1/admin/accounts");
        assertThat(call.header("X-Auth-Token")).isEqualTo("legacy-auth-token-42");
    }
}
