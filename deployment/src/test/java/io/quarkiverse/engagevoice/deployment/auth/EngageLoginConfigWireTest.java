package io.quarkiverse.engagevoice.deployment.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkus.test.QuarkusUnitTest;

/** auth.username/password/platform-id select the direct Engage login; "~" becomes the account it names. */
class EngageLoginConfigWireTest {

    static final RecordingServer SERVER = RecordingServer.shared("EngageLoginConfigWireTest");
    static final String TOKEN = LoginAnswers.accessToken("engage-login");

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClass(LoginAnswers.class))
            .overrideConfigKey("quarkus.engage-voice.server", SERVER.url())
            .overrideConfigKey("quarkus.engage-voice.auth.username", "admin@example.com")
            .overrideConfigKey("quarkus.engage-voice.auth.password", "p&ss word+1")
            .overrideConfigKey("quarkus.engage-voice.auth.platform-id", "c01");

    @Inject
    AgentGroupsApi agentGroups;

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void logsInThenCallsWithTheBearerToken() {
        SERVER.enqueue(LoginAnswers.engage(TOKEN, "refresh-1", "3003"));
        SERVER.enqueue(Answer.json(200, "[]"));

        agentGroups.list("~");

        List<RecordingServer.Request> requests = SERVER.requests();
        assertThat(requests).hasSize(2);
        RecordingServer.Request login = requests.get(0);
        assertThat(login.method() + " " + login.rawPath()).isEqualTo("POST /api/auth/login/admin");
        assertThat(login.queryParams()).containsAllEntriesOf(Map.of("username", List.of("admin@example.com"),
                "password", List.of("p&ss word+1"), "platformId", List.of("c01")));
        assertThat(login.header("Authorization")).isNull();
        RecordingServer.Request call = requests.get(1);
        assertThat(call.rawPath()).isEqualTo("/voice/api/v1/admin/accounts/3003/agentGroups");
        assertThat(call.header("Authorization")).isEqualTo("Bearer " + TOKEN);
    }
}
