package io.quarkiverse.engagevoice.client.api.numbers;

import static io.quarkiverse.engagevoice.client.api.numbers.NumberWire.TN;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertBodiless;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertJsonBody;
import static io.quarkiverse.engagevoice.client.testing.WireTests.line;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.model.numbers.AssignedDnis;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** What the pool's numbers are assigned to ({@link DnisAssignmentsApi}). */
class DnisAssignmentsWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String ASSIGNED = TN + "/assignedDnis";
    private static final String TO_GATE = """
            {"dnis":"8005550100","dnisE164":"+18005550100",\
            "dnisDescription":"Main line","isActive":true,"endPointType":"GATE","endPointId":"4101",\
            "startDate":"2026-01-05T09:00:00.000+0000",\
            "gate":{"gateId":4101,"gateName":"Sales","gateGroupId":3101,"accountId":"12340001"}}""";
    private static final String TO_TRAC = """
            {"dnis":"8005550101","endPointType":"TRAC_NUMBER",\
            "tracNumber":{"tracId":81,"tracGroupId":7,"description":"Spring radio ad"}}""";
    private static final String TO_PROFILE = """
            {"dnis":"8005550102","cloudRouteProfile":{"cloudProfileId":22,\
            "profileName":"Overflow","isActive":true}}""";
    private static final String TO_IVR = """
            {"dnis":"8005550103","visualIvr":{"visualIvrId":9,\
            "visualIvrName":"Main menu","isDeleted":false}}""";

    private DnisAssignmentsApi assignments;

    @BeforeEach
    void client() {
        assignments = WireTests.client(SERVER).api(DnisAssignmentsApi.class);
    }

    @Test
    void anAssignmentIsReadWithWhatItRoutesTo() {
        SERVER.enqueue(Answer.json(200, TO_GATE));
        SERVER.enqueue(Answer.json(200, TO_TRAC));

        AssignedDnis gate = assignments.get("8005550100");
        AssignedDnis trac = assignments.get("8005550101");

        assertThat(lines(SERVER)).containsExactly("GET " + ASSIGNED + "/8005550100", "GET " + ASSIGNED + "/8005550101");
        assertBodiless(SERVER.requests().get(0));
        assertThat(gate.getDnisE164()).isEqualTo("+18005550100");
        assertThat(gate.getIsActive()).isTrue();
        assertThat(gate.getStartDate()).isEqualTo(OffsetDateTime.parse("2026-01-05T09:00:00Z"));
        assertThat(gate.getGate().getGateId()).isEqualTo(4101);
        assertThat(gate.getGate().getGateGroupId()).isEqualTo(3101);
        assertThat(gate.getGate().toString()).isEqualTo("AssignedGate[4101, Sales]");
        assertThat(gate.toString()).isEqualTo("AssignedDnis[GATE 4101, Main line]").doesNotContain("5550100");
        assertThat(trac.getTracNumber().getTracId()).isEqualTo(81);
        assertThat(trac.getTracNumber().getTracGroupId()).isEqualTo(7);
        assertThat(trac.getGate()).isNull();
    }

    @Test
    void anE164NumberKeepsItsPlusInThePath() {
        SERVER.enqueue(Answer.json(200, TO_GATE));

        assignments.get("+18005550100");

        // '+' is a literal in a path segment: sent as it is, or escaped, it names the same number
        assertThat(SERVER.lastRequest().rawPath()).isIn(ASSIGNED + "/+18005550100", ASSIGNED + "/%2B18005550100");
    }

    @Test
    void assignmentsAreChangedAndRemoved() {
        SERVER.enqueue(Answer.json(200, "[" + TO_GATE + "]"));
        SERVER.enqueue(Answer.json(200, "true"));
        AssignedDnis ending = AssignedDnis.of("8005550100");
        ending.setEndDate(OffsetDateTime.parse("2026-06-30T23:59:59Z"));

        List<AssignedDnis> changed = assignments.update(List.of(ending));
        boolean removed = assignments.delete("8005550100");

        List<Request> sent = SERVER.requests();
        assertThat(lines(SERVER)).containsExactly("PUT " + ASSIGNED, "DELETE " + ASSIGNED + "/8005550100");
        assertJsonBody(sent.get(0), "[{\"dnis\":\"8005550100\",\"endDate\":\"2026-06-30T23:59:59.000+0000\"}]");
        assertBodiless(sent.get(1));
        assertThat(changed).singleElement().satisfies(a -> assertThat(a.getEndPointId()).isEqualTo("4101"));
        assertThat(removed).isTrue();
    }

    @Test
    void numbersAreAssignedToAQueue() {
        SERVER.answerByDefault(Answer.json(200, "[" + TO_GATE + "]"));

        List<AssignedDnis> made = assignments.assignToGate(4101, "8005550100", "8005550104");
        AssignedDnis dated = AssignedDnis.of("8005550105");
        dated.setStartDate(OffsetDateTime.parse("2026-02-01T00:00:00Z"));
        assignments.assignToGate(4102, List.of(dated));

        List<Request> sent = SERVER.requests();
        assertThat(lines(SERVER)).containsExactly("PUT " + ASSIGNED + "/gates/4101", "PUT " + ASSIGNED + "/gates/4102");
        assertJsonBody(sent.get(0), "[{\"dnis\":\"8005550100\"},{\"dnis\":\"8005550104\"}]");
        assertJsonBody(sent.get(1), "[{\"dnis\":\"8005550105\",\"startDate\":\"2026-02-01T00:00:00.000+0000\"}]");
        assertThat(made).singleElement().satisfies(a -> assertThat(a.getGate().getGateName()).isEqualTo("Sales"));
    }

    @Test
    void numbersAreAssignedToACloudRouteProfileAndAVisualIvr() {
        SERVER.enqueue(Answer.json(200, "[" + TO_PROFILE + "]"));
        SERVER.enqueue(Answer.json(200, "[" + TO_IVR + "]"));

        List<AssignedDnis> profile = assignments.assignToCloudRouteProfile(22, List.of(AssignedDnis.of("8005550102")));
        List<AssignedDnis> ivr = assignments.assignToVisualIvr(9, List.of(AssignedDnis.of("8005550103")));

        List<Request> sent = SERVER.requests();
        assertThat(line(sent.get(0))).isEqualTo("PUT " + ASSIGNED + "/cloudRouteProfiles/22");
        assertThat(line(sent.get(1))).isEqualTo("PUT " + ASSIGNED + "/visualIvrs/9");
        assertJsonBody(sent.get(0), "[{\"dnis\":\"8005550102\"}]");
        assertJsonBody(sent.get(1), "[{\"dnis\":\"8005550103\"}]");
        assertThat(profile).singleElement().satisfies(a -> {
            assertThat(a.getCloudRouteProfile().getCloudProfileId()).isEqualTo(22);
            assertThat(a.getCloudRouteProfile().getProfileName()).isEqualTo("Overflow");
            assertThat(a.getCloudRouteProfile().getIsActive()).isTrue();
        });
        assertThat(ivr).singleElement().satisfies(a -> {
            assertThat(a.getVisualIvr().getVisualIvrId()).isEqualTo(9);
            assertThat(a.getVisualIvr().getVisualIvrName()).isEqualTo("Main menu");
            assertThat(a.getVisualIvr().getIsDeleted()).isFalse();
        });
    }
}
