package io.quarkiverse.engagevoice.client.api.numbers;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertBodiless;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertJsonBody;
import static io.quarkiverse.engagevoice.client.testing.WireTests.line;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.model.numbers.TracGroup;
import io.quarkiverse.engagevoice.client.model.numbers.TracNumber;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** Tracking number groups and their numbers ({@link TracGroupsApi}, {@link TracNumbersApi}). */
class TrackingNumbersWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String GROUPS = ACCOUNT + "/tracGroups";
    private static final String NUMBER = """
            {"tracId":81,"description":"Spring radio ad","accountId":"1001",\
            "openType":"STANDARD","closeType":"LOCATOR","closeLocatorId":4,\
            "outboundCallerId":"8005550199","recordCall":1,"voicemailEnabled":0,"monSched":"08001700",\
            "permissions":["READ","UPDATE"],\
            "assignedDnis":{"dnis":"8005550100","isActive":true},"tracGroup":{"tracGroupId":7}}""";
    private static final String GROUP = """
            {"tracGroupId":7,"groupName":"Campaign numbers","isDefault":false,\
            "permissions":["READ"],"tracNumbers":[""" + NUMBER + "]}";

    private TracGroupsApi groups;
    private TracNumbersApi numbers;

    @BeforeEach
    void client() {
        EngageVoiceClient client = WireTests.client(SERVER);
        groups = client.api(TracGroupsApi.class);
        numbers = client.api(TracNumbersApi.class);
    }

    @Test
    void groupsAreListedWithTheirNumbers() {
        SERVER.answerByDefault(Answer.json(200, "[" + GROUP + "]"));

        List<TracGroup> listed = groups.listWithChildren("~");
        groups.listWithChildren("~", true);

        assertThat(lines(SERVER)).containsExactly("GET " + GROUPS + "/withChildren",
                "GET " + GROUPS + "/withChildren?includePermissions=true");
        assertBodiless(SERVER.requests().get(0));
        assertThat(listed).singleElement().satisfies(g -> {
            assertThat(g.getTracGroupId()).isEqualTo(7);
            assertThat(g.getGroupName()).isEqualTo("Campaign numbers");
            assertThat(g.getIsDefault()).isFalse();
            assertThat(g.getPermissions()).containsExactly("READ");
            assertThat(g.toString()).isEqualTo("TracGroup[7, Campaign numbers]");
            assertThat(g.getTracNumbers()).singleElement().satisfies(n -> {
                assertThat(n.getTracId()).isEqualTo(81);
                assertThat(n.getCloseLocatorId()).isEqualTo(4);
                assertThat(n.getAssignedDnis()).isNotNull();
                assertThat(n.getTracGroup()).isNotNull();
            });
        });
    }

    @Test
    void aGroupIsReadRenamedAndDeleted() {
        SERVER.enqueue(Answer.json(200, GROUP));
        SERVER.enqueue(Answer.json(200, "{\"tracGroupId\":7,\"groupName\":\"Radio\"}"));
        SERVER.enqueue(Answer.json(200, "true"));

        TracGroup read = groups.get("~", 7);
        TracGroup renamed = groups.update("~", 7, TracGroup.named("Radio"));
        boolean deleted = groups.delete("~", 7);

        List<Request> sent = SERVER.requests();
        assertThat(lines(SERVER)).containsExactly("GET " + GROUPS + "/7", "PUT " + GROUPS + "/7",
                "DELETE " + GROUPS + "/7");
        assertBodiless(sent.get(0));
        assertJsonBody(sent.get(1), "{\"groupName\":\"Radio\"}");
        assertBodiless(sent.get(2));
        assertThat(read.getTracNumbers()).hasSize(1);
        assertThat(renamed.getGroupName()).isEqualTo("Radio");
        assertThat(deleted).isTrue();
    }

    @Test
    void theNumbersOfAGroupAreListedAndRead() {
        SERVER.enqueue(Answer.json(200, "[" + NUMBER + "]"));
        SERVER.enqueue(Answer.json(200, NUMBER));

        List<TracNumber> listed = numbers.list("~", 7);
        TracNumber read = numbers.get("1002", 7, 81);

        assertThat(lines(SERVER)).containsExactly("GET " + GROUPS + "/7/tracNumbers",
                "GET /voice/api/v1/admin/accounts/1002/tracGroups/7/tracNumbers/81");
        assertBodiless(SERVER.lastRequest());
        assertThat(listed).hasSize(1);
        assertThat(read.getDescription()).isEqualTo("Spring radio ad");
        assertThat(read.getOpenType()).isEqualTo("STANDARD");
        assertThat(read.getOutboundCallerId()).isEqualTo("8005550199");
        assertThat(read.getRecordCall()).isEqualTo(1);
        assertThat(read.getMonSched()).isEqualTo("08001700");
        assertThat(read.getPermissions()).containsExactly("READ", "UPDATE");
        assertThat(read.toString()).isEqualTo("TracNumber[81, Spring radio ad]").doesNotContain("800555");
    }

    @Test
    void aNumberIsCreatedAndUpdatedWithOnlyItsSetProperties() {
        SERVER.enqueue(Answer.json(200, NUMBER));
        SERVER.enqueue(Answer.json(200, NUMBER));
        TracNumber created = TracNumber.described("Spring radio ad");
        created.setOpenType("STANDARD");
        TracNumber changes = new TracNumber();
        changes.setRecordCall(0);
        changes.setMonSched("00000000");

        TracNumber answer = numbers.create("~", 7, created);
        numbers.update("~", 7, 81, changes);

        List<Request> sent = SERVER.requests();
        assertThat(lines(SERVER)).containsExactly("POST " + GROUPS + "/7/tracNumbers",
                "PUT " + GROUPS + "/7/tracNumbers/81");
        assertJsonBody(sent.get(0), "{\"description\":\"Spring radio ad\",\"openType\":\"STANDARD\"}");
        assertJsonBody(sent.get(1), "{\"recordCall\":0,\"monSched\":\"00000000\"}");
        assertThat(answer.getTracId()).isEqualTo(81);
    }

    @Test
    void propertiesTheModelDoesNotDeclareGoBackUnchanged() {
        SERVER.enqueue(Answer.json(200, NUMBER));
        SERVER.enqueue(Answer.json(200, NUMBER));

        TracNumber read = numbers.get("~", 7, 81);
        read.setDescription("Summer radio ad");
        numbers.update("~", 7, 81, read);

        Request put = SERVER.lastRequest();
        assertThat(line(put)).isEqualTo("PUT " + GROUPS + "/7/tracNumbers/81");
        assertThat(WireTests.json(put.body()).path("assignedDnis"))
                .isEqualTo(WireTests.json("{\"dnis\":\"8005550100\",\"isActive\":true}"));
        assertThat(WireTests.json(put.body()).path("description").asText()).isEqualTo("Summer radio ad");
        assertThat(read.getTracGroup().getTracGroupId()).isEqualTo(7);
    }
}
