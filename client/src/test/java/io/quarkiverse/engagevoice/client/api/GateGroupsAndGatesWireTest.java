package io.quarkiverse.engagevoice.client.api;

import static io.quarkiverse.engagevoice.client.testing.WireTests.NOW;
import static io.quarkiverse.engagevoice.client.testing.WireTests.SALES;
import static io.quarkiverse.engagevoice.client.testing.WireTests.body;
import static io.quarkiverse.engagevoice.client.testing.WireTests.json;
import static io.quarkiverse.engagevoice.client.testing.WireTests.last;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.error.InvalidRequestException;
import io.quarkiverse.engagevoice.client.error.ResourceNotFoundException;
import io.quarkiverse.engagevoice.client.error.ValidationError;
import io.quarkiverse.engagevoice.client.model.Gate;
import io.quarkiverse.engagevoice.client.model.GateGroup;
import io.quarkiverse.engagevoice.client.testing.WireTests;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulatorExtension;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorSeed;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/** Queue groups and their queues, end to end on the simulator, and what each operation puts on the wire. */
class GateGroupsAndGatesWireTest {

    @RegisterExtension
    static final EngageVoiceSimulatorExtension SIM = WireTests.simulator();

    private static final String GROUPS = SALES + "/gateGroups";
    private static final String SALES_GATES = GROUPS + "/" + SimulatorSeed.SALES_GATE_GROUP_ID + "/gates";

    private EngageVoiceSimulator sim;
    private GateGroupsApi groups;
    private GatesApi gates;

    @BeforeEach
    void client() {
        sim = SIM.simulator();
        EngageVoiceClient client = WireTests.client(sim);
        groups = client.api(GateGroupsApi.class);
        gates = client.api(GatesApi.class);
    }

    @Test
    void aQueueGroupIsCreatedReadRenamedListedAndDeleted() {
        GateGroup created = groups.create("~", GateGroup.named("Night Queues"));
        int id = created.getGateGroupId();
        GateGroup read = groups.get("~", id);
        GateGroup renamed = groups.update("~", id, GateGroup.named("Night Queues EU"));
        var listed = groups.list("~");
        boolean deleted = groups.delete("~", id);
        ResourceNotFoundException gone = catchThrowableOfType(ResourceNotFoundException.class, () -> groups.get("~", id));

        assertThat(id).isPositive().isNotEqualTo(SimulatorSeed.SALES_GATE_GROUP_ID);
        assertThat(created.getGroupName()).isEqualTo("Night Queues");
        assertThat(created.getCreatedOn().toInstant()).isEqualTo(NOW);
        assertThat(created.getStartDate().toInstant()).isEqualTo(NOW);
        assertThat(created.getEndDate()).isNull();
        assertThat(created.getPermissions()).isEmpty();
        assertThat(read.getGroupName()).isEqualTo("Night Queues");
        assertThat(read.getCreatedOn()).isEqualTo(created.getCreatedOn());
        assertThat(renamed.getGateGroupId()).isEqualTo(id);
        assertThat(renamed.getGroupName()).isEqualTo("Night Queues EU");
        assertThat(renamed.getStartDate()).isEqualTo(created.getStartDate());
        assertThat(listed).extracting(GateGroup::getGateGroupId).containsExactly(SimulatorSeed.SALES_GATE_GROUP_ID, id);
        assertThat(listed).extracting(GateGroup::getGroupName).containsExactly("Sales Queues", "Night Queues EU");
        assertThat(deleted).isTrue();
        assertThat(gone.status()).isEqualTo(404);
        assertThat(groups.list("~")).extracting(GateGroup::getGateGroupId)
                .containsExactly(SimulatorSeed.SALES_GATE_GROUP_ID);

        assertThat(lines(sim)).containsExactly(
                "POST " + GROUPS,
                "GET " + GROUPS + "/" + id,
                "PUT " + GROUPS + "/" + id,
                "GET " + GROUPS,
                "DELETE " + GROUPS + "/" + id,
                "GET " + GROUPS + "/" + id,
                "GET " + GROUPS);
        RecordedRequest create = sim.journal().get(0);
        assertThat(create.header("Content-Type")).startsWith("application/json");
        assertThat(body(create)).isEqualTo(json("{\"groupName\":\"Night Queues\"}"));
        assertThat(body(sim.journal().get(2))).isEqualTo(json("{\"groupName\":\"Night Queues EU\"}"));
        assertThat(sim.journal().get(4).body()).isEmpty();
    }

    @Test
    void queueGroupsArePagedOnlyWhenAsked() {
        GateGroup second = groups.create("~", GateGroup.named("Overflow"));
        sim.clearJournal();

        var firstPage = groups.list("~", 0, 1);
        var secondPage = groups.list("~", 1, 1);
        var all = groups.list("~");

        assertThat(firstPage).extracting(GateGroup::getGateGroupId).containsExactly(SimulatorSeed.SALES_GATE_GROUP_ID);
        assertThat(secondPage).extracting(GateGroup::getGateGroupId).containsExactly(second.getGateGroupId());
        assertThat(all).hasSize(2);
        assertThat(lines(sim)).containsExactly(
                "GET " + GROUPS + "?page=0&maxRows=1",
                "GET " + GROUPS + "?page=1&maxRows=1",
                "GET " + GROUPS);
    }

    @Test
    void aQueueIsCreatedReadChangedListedAndDeleted() {
        int group = SimulatorSeed.SALES_GATE_GROUP_ID;
        Gate wanted = Gate.named("Callbacks");
        wanted.setGateDesc("Calls back customers who left a message");
        wanted.setSlaTime(45);

        Gate created = gates.create("~", group, wanted);
        int id = created.getGateId();
        Gate read = gates.get("~", group, id);
        Gate changes = new Gate();
        changes.setGateDesc("Callbacks, weekdays only");
        changes.setSatSched("00000000");
        Gate changed = gates.update("~", group, id, changes);
        var listed = gates.list("~", group);
        boolean deleted = gates.delete("~", group, id);

        assertThat(created.getGateName()).isEqualTo("Callbacks");
        assertThat(created.getSlaTime()).isEqualTo(45);
        // the rest comes from the server's defaults
        assertThat(created.getIsActive()).isTrue();
        assertThat(created.getWrapTime()).isEqualTo(8);
        assertThat(created.getAcceptTime()).isEqualTo(30);
        assertThat(created.getRequeueType()).isEqualTo("ADVANCED");
        assertThat(created.getMaxQueueLimit()).isEqualTo(-1);
        assertThat(created.getMonSched()).isEqualTo("08002100");
        assertThat(created.getCreatedOn().toInstant()).isEqualTo(NOW);
        // the servers send the group as {id, description}, not the whole group the OpenAPI file declares
        assertThat(created.getGateGroup().otherProperties())
                .isEqualTo(Map.of("id", group, "description", "Sales Queues"));
        assertThat(read.getGateDesc()).isEqualTo("Calls back customers who left a message");
        assertThat(changed.getGateDesc()).isEqualTo("Callbacks, weekdays only");
        assertThat(changed.getGateName()).isEqualTo("Callbacks");
        assertThat(changed.getSlaTime()).isEqualTo(45);
        assertThat(listed).extracting(Gate::getGateId)
                .containsExactly(SimulatorSeed.GATE_SALES_MAIN, SimulatorSeed.GATE_SALES_SPANISH, id);
        assertThat(deleted).isTrue();
        assertThat(gates.list("~", group)).extracting(Gate::getGateId)
                .containsExactly(SimulatorSeed.GATE_SALES_MAIN, SimulatorSeed.GATE_SALES_SPANISH);

        assertThat(lines(sim)).containsExactly(
                "POST " + SALES_GATES,
                "GET " + SALES_GATES + "/" + id,
                "PUT " + SALES_GATES + "/" + id,
                "GET " + SALES_GATES,
                "DELETE " + SALES_GATES + "/" + id,
                "GET " + SALES_GATES);
        assertThat(body(sim.journal().get(0))).isEqualTo(json(
                "{\"gateName\":\"Callbacks\",\"gateDesc\":\"Calls back customers who left a message\",\"slaTime\":45}"));
        assertThat(body(sim.journal().get(2)))
                .isEqualTo(json("{\"gateDesc\":\"Callbacks, weekdays only\",\"satSched\":\"00000000\"}"));
    }

    @Test
    void queuesArePagedOnlyWhenAsked() {
        var page = gates.list("~", SimulatorSeed.SALES_GATE_GROUP_ID, 1, 1);

        assertThat(page).extracting(Gate::getGateName).containsExactly("Sales Spanish");
        assertThat(lines(sim)).containsExactly("GET " + SALES_GATES + "?page=1&maxRows=1");
    }

    @Test
    void aReadModifyWriteRoundTripSendsBackWhatTheModelDoesNotDeclare() {
        Gate gate = gates.get("~", SimulatorSeed.SALES_GATE_GROUP_ID, SimulatorSeed.GATE_SALES_MAIN);
        gate.setGateDesc("Inbound sales, all regions");

        Gate saved = gates.update("~", SimulatorSeed.SALES_GATE_GROUP_ID, SimulatorSeed.GATE_SALES_MAIN, gate);

        var sent = body(last(sim));
        assertThat(sent.path("gateDesc").asText()).isEqualTo("Inbound sales, all regions");
        assertThat(sent.path("surveyPopType").asText()).isEqualTo("FLASH"); // not changed, sent back as read
        assertThat(sent.path("gateGroup").path("id").asInt()).isEqualTo(SimulatorSeed.SALES_GATE_GROUP_ID);
        assertThat(sent.path("createdOn").asText()).isEqualTo("2024-01-15T09:00:00.000+0000");
        assertThat(saved.getGateDesc()).isEqualTo("Inbound sales, all regions");
        assertThat(saved.getGateName()).isEqualTo("Sales Main");
        assertThat(saved.getSurveyPopType()).isEqualTo("FLASH");
        assertThat(saved.toString()).isEqualTo("Gate[" + SimulatorSeed.GATE_SALES_MAIN + ", Sales Main]");
    }

    @Test
    void deletingAQueueGroupDeletesItsQueues() {
        int group = groups.create("~", GateGroup.named("Temporary")).getGateGroupId();
        int gate = gates.create("~", group, Gate.named("Temporary queue")).getGateId();

        assertThat(groups.delete("~", group)).isTrue();

        ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
                () -> gates.get("~", group, gate));
        assertThat(e.status()).isEqualTo(404);
        assertThat(lines(sim)).last().isEqualTo("GET " + GROUPS + "/" + group + "/gates/" + gate);
    }

    @Test
    void aQueueOfAnotherGroupOrAccountIsNotFound() {
        ResourceNotFoundException wrongGroup = catchThrowableOfType(ResourceNotFoundException.class,
                () -> gates.get("~", SimulatorSeed.SUPPORT_GATE_GROUP_ID, SimulatorSeed.GATE_SALES_MAIN));
        ResourceNotFoundException otherAccount = catchThrowableOfType(ResourceNotFoundException.class,
                () -> gates.get("~", SimulatorSeed.SALES_GATE_GROUP_ID, SimulatorSeed.GATE_SUPPORT_MAIN));

        assertThat(wrongGroup.status()).isEqualTo(404);
        assertThat(otherAccount.status()).isEqualTo(404);
    }

    @Test
    void invalidQueuesAreRefusedWithTheFieldsNamed() {
        Gate nameless = new Gate();
        nameless.setGateDesc("no name");
        Gate badRequeue = Gate.named("Odd");
        badRequeue.setRequeueType("SOMETIMES");

        InvalidRequestException missing = catchThrowableOfType(InvalidRequestException.class,
                () -> gates.create("~", SimulatorSeed.SALES_GATE_GROUP_ID, nameless));
        InvalidRequestException invalid = catchThrowableOfType(InvalidRequestException.class,
                () -> gates.create("~", SimulatorSeed.SALES_GATE_GROUP_ID, badRequeue));

        assertThat(missing.validationErrors()).extracting(ValidationError::attributeName).containsExactly("gateName");
        assertThat(invalid.validationErrors()).extracting(ValidationError::attributeName)
                .containsExactly("requeueType");
        assertThat(gates.list("~", SimulatorSeed.SALES_GATE_GROUP_ID)).hasSize(2);
    }
}
