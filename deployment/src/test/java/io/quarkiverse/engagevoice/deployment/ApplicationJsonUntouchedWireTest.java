package io.quarkiverse.engagevoice.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.model.AgentGroup;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The application's Jackson settings and the client's are independent on Quarkus REST: an application whose
 * {@code ObjectMapper} writes snake_case and fails on unknown properties keeps that for its own JSON, while the
 * client still reads and writes the Engage models as the API defines them, undeclared properties included.
 */
class ApplicationJsonUntouchedWireTest {

    static final RecordingServer SERVER = RecordingServer.shared("ApplicationJsonUntouchedWireTest");

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClass(SnakeCaseApplicationJson.class))
            .overrideConfigKey("quarkus.engage-voice.server", SERVER.url())
            .overrideConfigKey("quarkus.engage-voice.auth.api-token", "aws80:token")
            .overrideConfigKey("quarkus.engage-voice.account-id", "1001");

    @Inject
    AgentGroupsApi groups;

    @Inject
    ObjectMapper applicationJson;

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void theClientKeepsItsJsonAndTheApplicationKeepsIts() throws Exception {
        SERVER.enqueue(Answer.json(200, "{\"agentGroupId\":7,\"groupName\":\"Sales\",\"futureSetting\":3}"));
        SERVER.enqueue(Answer.json(200, "{\"agentGroupId\":7,\"groupName\":\"Sales 2\"}"));

        AgentGroup group = groups.get("~", 7);
        group.setGroupName("Sales 2");
        AgentGroup updated = groups.update("~", 7, group);

        assertThat(group.getAgentGroupId()).isEqualTo(7);
        assertThat(updated.getGroupName()).isEqualTo("Sales 2");
        assertThat(SERVER.lastRequest().body()).contains("\"agentGroupId\":7").contains("\"groupName\":\"Sales 2\"")
                .contains("\"futureSetting\":3");
        assertThat(applicationJson.writeValueAsString(new ApplicationView("Mine"))).isEqualTo("{\"group_name\":\"Mine\"}");
    }

    /** A class of the application's own, written by its own JSON settings. */
    public record ApplicationView(String groupName) {
    }

    /** An application's own JSON settings, of the kind that would break the models if the client used them. */
    @Singleton
    public static class SnakeCaseApplicationJson implements ObjectMapperCustomizer {

        @Override
        public void customize(ObjectMapper mapper) {
            mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        }
    }
}
