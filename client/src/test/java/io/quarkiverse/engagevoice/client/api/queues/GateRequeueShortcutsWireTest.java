package io.quarkiverse.engagevoice.client.api.queues;

import static io.quarkiverse.engagevoice.client.api.queues.QueueWire.GATE;
import static io.quarkiverse.engagevoice.client.api.queues.QueueWire.GATE_PATH;
import static io.quarkiverse.engagevoice.client.api.queues.QueueWire.GROUP;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertBodiless;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertJsonBody;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.model.RequeueShortcut;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** The requeue shortcuts of a queue ({@link GateRequeueShortcutsApi}). */
class GateRequeueShortcutsWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String PATH = GATE_PATH + "/requeueShortcuts";
    private static final String TO_SPANISH = """
            {"requeueShortcutId":21,"name":"To Spanish","rank":0,\
            "requeueGateGroup":{"gateGroupId":31,"groupName":"Sales Queues"},\
            "requeueGate":{"gateId":42,"gateName":"Sales Spanish"},\
            "gate":{"gateId":41,"gateName":"Sales Main"},"groupSkill":null,"campaign":null}""";

    private GateRequeueShortcutsApi shortcuts;

    @BeforeEach
    void client() {
        shortcuts = WireTests.client(SERVER).api(GateRequeueShortcutsApi.class);
    }

    @Test
    void shortcutsAreListedAndReadWithTheirTargets() {
        SERVER.enqueue(Answer.json(200, "[" + TO_SPANISH + "]"));
        SERVER.enqueue(Answer.json(200, TO_SPANISH));

        List<RequeueShortcut> all = shortcuts.list("~", GROUP, GATE);
        RequeueShortcut one = shortcuts.get("~", GROUP, GATE, 21);

        assertThat(lines(SERVER)).containsExactly("GET " + PATH, "GET " + PATH + "/21");
        assertBodiless(SERVER.lastRequest());
        assertThat(all).extracting(RequeueShortcut::getName).containsExactly("To Spanish");
        assertThat(one.getRequeueGate().getGateName()).isEqualTo("Sales Spanish");
        assertThat(one.getRequeueGateGroup().getGateGroupId()).isEqualTo(31);
        assertThat(one.getGate().getGateId()).isEqualTo(41);
        assertThat(one.getGroupSkill()).isNull();
        assertThat(one).hasToString("RequeueShortcut[21, To Spanish]");
    }

    @Test
    void aShortcutIsCreatedByIdsChangedSavedAndDeleted() {
        SERVER.enqueue(Answer.json(201, TO_SPANISH));
        SERVER.enqueue(Answer.json(200, TO_SPANISH.replace("\"rank\":0", "\"rank\":2")));
        SERVER.enqueue(Answer.json(201, "[" + TO_SPANISH + "]"));
        SERVER.enqueue(Answer.text(200, "true"));
        RequeueShortcut reorder = new RequeueShortcut();
        reorder.setRank(2);

        RequeueShortcut created = shortcuts.create("~", GROUP, GATE, RequeueShortcut.toQueue("To Spanish", 31, 42));
        RequeueShortcut changed = shortcuts.update("~", GROUP, GATE, 21, reorder);
        List<RequeueShortcut> saved = shortcuts.saveAll("~", GROUP, GATE,
                List.of(RequeueShortcut.toQueue("To Spanish", 31, 42)));
        boolean deleted = shortcuts.delete("~", GROUP, GATE, 21);

        assertThat(lines(SERVER)).containsExactly("POST " + PATH, "PUT " + PATH + "/21", "PUT " + PATH,
                "DELETE " + PATH + "/21");
        String byIds = """
                {"name":"To Spanish","requeueGateGroup":{"gateGroupId":31},\
                "requeueGate":{"gateId":42}}""";
        assertJsonBody(SERVER.requests().get(0), byIds);
        assertJsonBody(SERVER.requests().get(1), "{\"rank\":2}");
        assertJsonBody(SERVER.requests().get(2), "[" + byIds + "]");
        assertBodiless(SERVER.requests().get(3));
        assertThat(created.getRequeueShortcutId()).isEqualTo(21);
        assertThat(changed.getRank()).isEqualTo(2);
        assertThat(saved).hasSize(1);
        assertThat(deleted).isTrue();
    }
}
