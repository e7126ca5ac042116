package io.quarkiverse.engagevoice.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;

/**
 * The threads behind the resilience policy (SmallRye Fault Tolerance's timer and pool, the client's own) are daemons,
 * so a plain Java application exits once its work is done.
 */
class NoLingeringThreadsTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();

    @Test
    void thePolicysThreadsAreDaemons() {
        SERVER.enqueue(Answer.text(503, "busy")).enqueue(Answer.json(200, "{\"agentGroupId\":7}"));
        try (EngageVoiceClient client = EngageVoiceClient.builder().server(SERVER.url()).accountId("15")
                .credentials(Credentials.apiToken("ApiTokenOfTheThreadsTest")).build()) {
            assertThat(client.api(AgentGroupsApi.class).get("15", 7).getAgentGroupId()).isEqualTo(7);
        }

        List<String> policyThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("SmallRye Fault Tolerance") || t.getName().startsWith("engage-voice"))
                .map(t -> t.getName() + (t.isDaemon() ? " (daemon)" : " (not a daemon)")).toList();
        assertThat(policyThreads).isNotEmpty().allSatisfy(name -> assertThat(name).endsWith("(daemon)"));
        assertThat(SERVER.requests()).hasSize(2);
    }
}
