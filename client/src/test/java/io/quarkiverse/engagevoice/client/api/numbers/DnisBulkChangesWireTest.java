package io.quarkiverse.engagevoice.client.api.numbers;

import static io.quarkiverse.engagevoice.client.api.numbers.NumberWire.TN;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.engagevoice.client.model.numbers.DnisBulkAssignment;
import io.quarkiverse.engagevoice.client.model.numbers.DnisBulkAssignment.EndPointType;
import io.quarkiverse.engagevoice.client.model.numbers.DnisBulkGeneral;
import io.quarkiverse.engagevoice.client.model.numbers.DnisBulkSelection;
import io.quarkiverse.engagevoice.client.model.numbers.DnisBulkUpdate;
import io.quarkiverse.engagevoice.client.model.numbers.DnisUnassignment;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** The two bodies of the number manager the file gets wrong: a DELETE with a body, and the customer bulk update. */
class DnisBulkChangesWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();

    private DnisAssignmentsApi assignments;
    private DnisPoolApi pool;

    @BeforeEach
    void clients() {
        var client = WireTests.client(SERVER);
        assignments = client.api(DnisAssignmentsApi.class);
        pool = client.api(DnisPoolApi.class);
    }

    @Test
    void anAssignmentIsRemovedByADeleteCarryingTheNumberInItsBody() {
        SERVER.enqueue(Answer.json(200, "true"));
        SERVER.enqueue(Answer.json(200, "false"));

        boolean national = assignments.unassign(DnisUnassignment.national("8005550100"));
        boolean international = assignments.unassign(DnisUnassignment.international("+18005550100"));

        assertThat(national).isTrue();
        assertThat(international).isFalse();
        assertThat(SERVER.requests()).hasSize(2);
        assertThat(SERVER.requests().get(0).method()).isEqualTo("DELETE");
        assertThat(WireTests.json(SERVER.requests().get(0).body()))
                .isEqualTo(WireTests.json("{\"dnis\":\"8005550100\"}"));
        assertSentJson(SERVER, "DELETE", TN + "/assignedDnis", null,
                "{\"dnisE164\":\"+18005550100\",\"phoneNumbersI18nEnabled\":true}");
    }

    @Test
    void theCustomerBulkUpdateSendsTheDocumentedObject() {
        SERVER.enqueue(Answer.json(200, "true"));
        DnisBulkSelection numbers = new DnisBulkSelection();
        numbers.setDnis(List.of("8005550100", "8005550101"));
        DnisBulkAssignment route = new DnisBulkAssignment();
        route.setDnisType(EndPointType.ACD);
        route.setId(4101);
        route.setStartDate(OffsetDateTime.parse("2026-03-01T09:00:00Z"));
        DnisBulkGeneral general = new DnisBulkGeneral();
        general.setDnisDescription("Spring campaign");
        DnisBulkUpdate update = new DnisBulkUpdate();
        update.setDnisPool(List.of(numbers));
        update.setAssignedDnis(route);
        update.setGeneral(general);

        assertThat(pool.updateCustomerBulk(update)).isTrue();

        assertSentJson(SERVER, "PUT", TN + "/updateCustomerDnisBulk", null, """
                {"dnisPool":[{"dnis":\
                ["8005550100","8005550101"]}],"assignedDnis":{"dnisType":"ACD","id":4101,\
                "startDate":"2026-03-01T09:00:00.000+0000"},"general":{"dnisDescription":"Spring campaign"}}""");
    }

    @Test
    void anEndPointTypeTheClientDoesNotKnowIsReadAsUnknownAndSentBackAsItCame() throws Exception {
        ObjectMapper mapper = new ObjectMapper();

        DnisBulkAssignment read = mapper.readValue("{\"dnisType\":\"HOLOGRAM\",\"id\":7,\"extra\":1}",
                DnisBulkAssignment.class);

        assertThat(read.getDnisType()).isEqualTo(EndPointType.UNKNOWN);
        assertThat(read.getDnisTypeValue()).isEqualTo("HOLOGRAM");
        assertThat(WireTests.json(mapper.writeValueAsString(read)))
                .isEqualTo(WireTests.json("{\"dnisType\":\"HOLOGRAM\",\"id\":7,\"extra\":1}"));
        assertThatThrownBy(() -> read.setDnisType(EndPointType.UNKNOWN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dnisType");
    }
}
