package io.quarkiverse.engagevoice.client.api.queues;

import static io.quarkiverse.engagevoice.client.api.queues.QueueWire.GATE;
import static io.quarkiverse.engagevoice.client.api.queues.QueueWire.GATE_PATH;
import static io.quarkiverse.engagevoice.client.api.queues.QueueWire.GROUP;
import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertBodiless;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertJsonBody;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.model.Gate;
import io.quarkiverse.engagevoice.client.model.queues.GateGroupWithChildren;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** The queue-group lists with children ({@link GateGroupTreesApi}) and the queue actions ({@link GateActionsApi}). */
class QueuesAndGroupsWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String TREE = """
            [{"gateGroupId":31,"groupName":"Sales Queues","permissions":["READ"],\
            "createdOn":"2024-01-15T09:00:00.000+0000",\
            "gates":[{"gateId":41,"gateName":"Sales Main","isActive":true,"permissions":["READ"]},\
            {"gateId":42,"gateName":"Sales Spanish","isActive":false}],\
            "groupSkills":[{"skillId":51,"skillName":"Spanish","active":true}]},\
            {"gateGroupId":32,"groupName":"Empty","gates":[],"groupSkills":null}]""";
    private static final String COPY = """
            {"gateId":43,"gateName":"Sales Main (copy)","isActive":true,\
            "gateGroup":{"id":32,"description":"Empty"},"createdOn":"2026-03-02T09:00:00.000+0000"}""";

    private GateGroupTreesApi trees;
    private GateActionsApi actions;

    @BeforeEach
    void client() {
        EngageVoiceClient client = WireTests.client(SERVER);
        trees = client.api(GateGroupTreesApi.class);
        actions = client.api(GateActionsApi.class);
    }

    @Test
    void groupsComeWithTheirQueuesAndSkills() {
        SERVER.enqueue(Answer.json(200, TREE));

        List<GateGroupWithChildren> groups = trees.listWithChildren("~");

        assertThat(lines(SERVER)).containsExactly("GET " + ACCOUNT + "/gateGroups/withChildren");
        assertBodiless(SERVER.lastRequest());
        assertThat(groups).hasSize(2);
        GateGroupWithChildren sales = groups.get(0);
        assertThat(sales.getGateGroupId()).isEqualTo(31);
        assertThat(sales.getGroupName()).isEqualTo("Sales Queues");
        assertThat(sales.getCreatedOn()).isEqualTo(OffsetDateTime.parse("2024-01-15T09:00:00Z"));
        assertThat(sales.getPermissions()).containsExactly("READ");
        assertThat(sales.getGates()).extracting(Gate::getGateId).containsExactly(41, 42);
        assertThat(sales.getGates()).extracting(Gate::getIsActive).containsExactly(true, false);
        assertThat(sales.getGroupSkills()).singleElement().satisfies(s -> {
            assertThat(s.getSkillId()).isEqualTo(51);
            assertThat(s.getSkillName()).isEqualTo("Spanish");
        });
        assertThat(sales).hasToString("GateGroupWithChildren[31, Sales Queues, 2 queues]");
        assertThat(groups.get(1).getGates()).isEmpty();
        assertThat(groups.get(1).getGroupSkills()).isNull();
    }

    @Test
    void theListsWithChildrenSendTheirOptionsOnlyWhenGiven() {
        SERVER.answerByDefault(Answer.json(200, TREE));

        trees.listWithChildren("~", true, 0, 25);
        trees.listWithChildren("~", null, 2, null);
        List<GateGroupWithChildren> detailed = trees.listWithChildrenAndAdditionalData("~", 1, 10);
        trees.listWithChildrenAndAdditionalData("~");

        assertThat(lines(SERVER)).containsExactly(
                "GET " + ACCOUNT + "/gateGroups/withChildren?includePermissions=true&page=0&maxRows=25",
                "GET " + ACCOUNT + "/gateGroups/withChildren?page=2",
                "GET " + ACCOUNT + "/gateGroups/withChildren/additionalData?page=1&maxRows=10",
                "GET " + ACCOUNT + "/gateGroups/withChildren/additionalData");
        assertThat(detailed).extracting(GateGroupWithChildren::getGroupName).containsExactly("Sales Queues", "Empty");
    }

    @Test
    void aQueueIsClonedIntoAnotherGroup() {
        SERVER.enqueue(Answer.json(201, COPY));

        Gate copy = actions.cloneTo("~", GROUP, GATE, 32, "Sales Main (copy)");

        Request sent = SERVER.lastRequest();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.rawPath()).isEqualTo(GATE_PATH + "/clone");
        assertThat(sent.queryParams()).containsExactly(Map.entry("newGateGroupId", List.of("32")),
                Map.entry("newGateName", List.of("Sales Main (copy)")));
        assertThat(sent.rawQuery()).doesNotContain(" ");
        assertBodiless(sent);
        assertThat(copy.getGateId()).isEqualTo(43);
        assertThat(copy.getGateName()).isEqualTo("Sales Main (copy)");
        assertThat(copy.getCreatedOn()).isEqualTo(OffsetDateTime.parse("2026-03-02T09:00:00Z"));
        // the servers send the group as {id, description}, not the whole group the OpenAPI file declares
        assertThat(copy.getGateGroup().otherProperties()).isEqualTo(Map.of("id", 32, "description", "Empty"));
    }

    @Test
    void aQueueIsMovedToAnotherGroup() {
        SERVER.enqueue(Answer.text(201, "true"));

        boolean moved = actions.moveToGroup("~", GROUP, GATE, 32);

        assertThat(lines(SERVER)).containsExactly("POST " + GATE_PATH + "/moveToGroup?newGateGroupId=32");
        assertBodiless(SERVER.lastRequest());
        assertThat(SERVER.lastRequest().header("Accept")).contains("text/plain");
        assertThat(moved).isTrue();
    }

    @Test
    void aQueueIsTurnedOffAndOn() {
        SERVER.enqueue(Answer.json(200, "true"));
        SERVER.enqueue(Answer.text(200, "false"));

        boolean off = actions.setActive("~", GROUP, GATE, false);
        boolean on = actions.setActive("~", GROUP, GATE,
                io.quarkiverse.engagevoice.client.model.ActiveState.of(true));

        assertThat(lines(SERVER)).containsExactly("PUT " + GATE_PATH + "/setIsActive",
                "PUT " + GATE_PATH + "/setIsActive");
        assertJsonBody(SERVER.requests().get(0), "{\"isActive\":false}");
        assertJsonBody(SERVER.requests().get(1), "{\"isActive\":true}");
        assertThat(off).isTrue();
        assertThat(on).isFalse();
    }

    @Test
    void aQueueIsRankedInAPriorityGroup() {
        SERVER.enqueue(Answer.json(200, "{\"gateId\":41,\"gateName\":\"Sales Main\",\"gatePriority\":3}"));

        Gate gate = actions.assignToPriorityGroup("~", GROUP, GATE, 7, 3);

        assertThat(lines(SERVER)).containsExactly(
                "PUT " + GATE_PATH + "/assignGateToPriorityGroup?priorityGroupId=7&priorityGroupRank=3");
        assertBodiless(SERVER.lastRequest());
        assertThat(gate.getGatePriority()).isEqualTo(3);
        assertThat(gate).hasToString("Gate[41, Sales Main]");
    }
}
