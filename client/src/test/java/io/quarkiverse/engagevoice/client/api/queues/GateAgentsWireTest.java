package io.quarkiverse.engagevoice.client.api.queues;

import static io.quarkiverse.engagevoice.client.api.queues.QueueWire.GATE;
import static io.quarkiverse.engagevoice.client.api.queues.QueueWire.GATE_PATH;
import static io.quarkiverse.engagevoice.client.api.queues.QueueWire.GROUP;
import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertBodiless;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertJsonBody;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.model.Agent;
import io.quarkiverse.engagevoice.client.model.AgentGateAccess;
import io.quarkiverse.engagevoice.client.model.queues.GateLoggedInAgent;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** Agents assigned to and logged in to a queue ({@link GateAgentsApi}). */
class GateAgentsWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String AGENTS = """
            [{"agentId":2101,"agentGroupId":1101,"username":"alice",\
            "firstName":"Alice","isActive":true,"agentRank":1},\
            {"agentId":2102,"agentGroupId":1101,"username":"bob","agentRank":5}]""";

    private GateAgentsApi agents;

    @BeforeEach
    void client() {
        agents = WireTests.client(SERVER).api(GateAgentsApi.class);
    }

    @Test
    void agentsAreAssignedWithTheirRanks() {
        SERVER.enqueue(Answer.json(201, AGENTS));
        AgentGateAccess bob = AgentGateAccess.agent(2102, 5);
        bob.setDefaultDestOverride("+15551230002");

        List<Agent> assigned = agents.assign("~", GROUP, GATE, List.of(AgentGateAccess.agent(2101), bob));

        assertThat(lines(SERVER)).containsExactly("PUT " + GATE_PATH + "/assignAgents");
        assertJsonBody(SERVER.lastRequest(), """
                [{"agentId":2101},\
                {"agentId":2102,"agentRank":5,"defaultDestOverride":"+15551230002"}]""");
        assertThat(assigned).extracting(Agent::getAgentId).containsExactly(2101, 2102);
        assertThat(assigned).extracting(Agent::getAgentRank).containsExactly(1, 5);
        assertThat(bob.toString()).isEqualTo("AgentGateAccess[agent 2102, queue null]").doesNotContain("555");
    }

    @Test
    void assignedAgentsAreListedAndPagedOnlyWhenAsked() {
        SERVER.answerByDefault(Answer.json(200, AGENTS));

        List<Agent> all = agents.listAssigned("~", GROUP, GATE);
        agents.listAssigned("~", GROUP, GATE, 1, 50);

        assertThat(lines(SERVER)).containsExactly("GET " + GATE_PATH + "/assignedAgents",
                "GET " + GATE_PATH + "/assignedAgents?page=1&maxRows=50");
        assertBodiless(SERVER.lastRequest());
        assertThat(all).extracting(Agent::getUsername).containsExactly("alice", "bob");
    }

    @Test
    void anAgentIsUnassigned() {
        SERVER.enqueue(Answer.text(200, "1"));
        SERVER.enqueue(Answer.json(200, "0"));

        int removed = agents.unassign("~", GROUP, GATE, 2102);
        int none = agents.unassign("~", GROUP, GATE, 2199);

        assertThat(lines(SERVER)).containsExactly("DELETE " + GATE_PATH + "/unassignAgent/2102",
                "DELETE " + GATE_PATH + "/unassignAgent/2199");
        assertBodiless(SERVER.lastRequest());
        assertThat(removed).isEqualTo(1);
        assertThat(none).isZero();
    }

    @Test
    void theAgentsLoggedInToAQueueAreListed() {
        SERVER.enqueue(Answer.json(200, """
                [{"agentId":2101,"agentGroupId":1101,"groupName":"Sales Agents",\
                "username":"alice","firstName":"Alice","lastName":"Smith","station":"web"}]"""));

        List<GateLoggedInAgent> loggedIn = agents.listLoggedIn("~", GROUP, GATE);

        assertThat(lines(SERVER)).containsExactly("GET " + GATE_PATH + "/gateAgentAccessLogin");
        assertBodiless(SERVER.lastRequest());
        assertThat(loggedIn).singleElement().satisfies(a -> {
            assertThat(a.getAgentId()).isEqualTo(2101);
            assertThat(a.getGroupName()).isEqualTo("Sales Agents");
            assertThat(a.getLastName()).isEqualTo("Smith");
            assertThat(a.otherProperties()).containsEntry("station", "web");
            assertThat(a).hasToString("GateLoggedInAgent[2101, alice]");
        });
    }

    @Test
    void theLoggedInAgentsOfAnAgentGroupAreCountedAsText() {
        SERVER.enqueue(Answer.text(200, "4"));

        int count = agents.countLoggedIn("~", 1101, GROUP, GATE);

        assertThat(lines(SERVER)).containsExactly(
                "GET " + ACCOUNT + "/agentGroups/1101/gateGroups/" + GROUP + "/gates/" + GATE);
        assertBodiless(SERVER.lastRequest());
        assertThat(SERVER.lastRequest().header("Accept")).isEqualTo("text/plain");
        assertThat(count).isEqualTo(4);
    }
}
