package io.quarkiverse.engagevoice.client.api.routing;

import static io.quarkiverse.engagevoice.client.api.routing.RoutingWire.DEST_GROUP;
import static io.quarkiverse.engagevoice.client.api.routing.RoutingWire.PROFILE_GROUP;
import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentJson;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentWithoutBody;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.model.routing.CloudRouteGroup;
import io.quarkiverse.engagevoice.client.model.routing.CloudRouteGroupSkinny;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/**
 * Cloud route groups: destination groups ({@link CloudRouteDestinationGroupsApi}), profile groups
 * ({@link CloudRouteProfileGroupsApi}) and their {@code /v2-skinny/} lists ({@link CloudRouteSkinnyGroupsApi}).
 */
class CloudRouteGroupsWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String DEST_GROUPS = ACCOUNT + "/cloudRouteDestinationGroups";
    private static final String PROFILE_GROUPS = ACCOUNT + "/cloudRouteProfileGroups";
    private static final String GROUP = """
            {"cloudGroupId":21,"groupName":"Carriers","isDefault":false,\
            "permissions":["READ","UPDATE"],"groupColour":"blue"}""";

    private final EngageVoiceClient client = WireTests.client(SERVER);

    @Test
    void destinationGroupsAreListedReadAndMapped() {
        CloudRouteDestinationGroupsApi groups = client.api(CloudRouteDestinationGroupsApi.class);
        SERVER.enqueue(Answer.json(200, "[" + GROUP + "]"));
        SERVER.enqueue(Answer.json(200, GROUP));

        List<CloudRouteGroup> all = groups.list("~");
        assertSentWithoutBody(SERVER, "GET", DEST_GROUPS, null);
        CloudRouteGroup one = groups.get("~", DEST_GROUP);
        assertSentWithoutBody(SERVER, "GET", DEST_GROUPS + "/21", null);

        assertThat(all).singleElement().satisfies(g -> {
            assertThat(g.getCloudGroupId()).isEqualTo(21);
            assertThat(g.getGroupName()).isEqualTo("Carriers");
            assertThat(g.getIsDefault()).isFalse();
            assertThat(g.getPermissions()).containsExactly("READ", "UPDATE");
            assertThat(g.otherProperties()).containsEntry("groupColour", "blue");
            assertThat(g).hasToString("CloudRouteGroup[21, Carriers]");
        });
        assertThat(one.getGroupName()).isEqualTo("Carriers");
    }

    @Test
    void destinationGroupsWithChildrenCarryTheirDestinations() {
        CloudRouteDestinationGroupsApi groups = client.api(CloudRouteDestinationGroupsApi.class);
        SERVER.answerByDefault(Answer.json(200, """
                [{"cloudGroupId":21,"groupName":"Carriers",\
                "cloudRouteDestinations":[{"cloudDestinationId":22,"destinationName":"East",\
                "destinationType":"SIP","isActive":true}]}]"""));

        List<CloudRouteGroup> withChildren = groups.listWithChildren("~", true);
        groups.listWithChildren("~");

        assertThat(lines(SERVER)).containsExactly("GET " + DEST_GROUPS + "/withChildren?includePermissions=true",
                "GET " + DEST_GROUPS + "/withChildren");
        assertSentWithoutBody(SERVER, "GET", DEST_GROUPS + "/withChildren", null);
        assertThat(withChildren).singleElement().extracting(CloudRouteGroup::getCloudRouteDestinations)
                .satisfies(d -> assertThat(d).singleElement().satisfies(x -> {
                    assertThat(x.getCloudDestinationId()).isEqualTo(22);
                    assertThat(x.getDestinationType()).isEqualTo("SIP");
                    assertThat(x.getIsActive()).isTrue();
                }));
    }

    @Test
    void aDestinationGroupIsCreatedRenamedAndDeleted() {
        CloudRouteDestinationGroupsApi groups = client.api(CloudRouteDestinationGroupsApi.class);
        SERVER.enqueue(Answer.json(201, "{\"cloudGroupId\":25,\"groupName\":\"Partners\"}"));
        SERVER.enqueue(Answer.json(200, "{\"cloudGroupId\":25,\"groupName\":\"Partners EU\"}"));
        SERVER.enqueue(Answer.json(200, "true"));

        CloudRouteGroup created = groups.create("~", CloudRouteGroup.named("Partners"));
        assertSentJson(SERVER, "POST", DEST_GROUPS, null, "{\"groupName\":\"Partners\"}");
        CloudRouteGroup renamed = groups.update("~", 25, CloudRouteGroup.named("Partners EU"));
        assertSentJson(SERVER, "PUT", DEST_GROUPS + "/25", null, "{\"groupName\":\"Partners EU\"}");
        boolean deleted = groups.delete("~", 25);
        assertSentWithoutBody(SERVER, "DELETE", DEST_GROUPS + "/25", null);

        assertThat(created.getCloudGroupId()).isEqualTo(25);
        assertThat(renamed.getGroupName()).isEqualTo("Partners EU");
        assertThat(deleted).isTrue();
    }

    @Test
    void profileGroupsAreListedWithChildrenReadUpdatedAndDeleted() {
        CloudRouteProfileGroupsApi groups = client.api(CloudRouteProfileGroupsApi.class);
        SERVER.enqueue(Answer.json(200, """
                [{"cloudGroupId":31,"groupName":"Inbound","cloudRouteProfiles":\
                [{"cloudProfileId":32,"profileName":"Main line","isActive":true}]}]"""));
        SERVER.enqueue(Answer.json(200, "[]"));
        SERVER.enqueue(Answer.json(200, "{\"cloudGroupId\":31,\"groupName\":\"Inbound\",\"isDefault\":true}"));
        SERVER.enqueue(Answer.json(200, "{\"cloudGroupId\":31,\"groupName\":\"Inbound calls\"}"));
        SERVER.enqueue(Answer.text(200, "false"));

        List<CloudRouteGroup> withChildren = groups.listWithChildren("~", false);
        groups.listWithChildren("~");
        CloudRouteGroup one = groups.get("~", PROFILE_GROUP);
        CloudRouteGroup renamed = groups.update("~", PROFILE_GROUP, CloudRouteGroup.named("Inbound calls"));
        assertSentJson(SERVER, "PUT", PROFILE_GROUPS + "/31", null, "{\"groupName\":\"Inbound calls\"}");
        boolean deleted = groups.delete("~", PROFILE_GROUP);
        assertSentWithoutBody(SERVER, "DELETE", PROFILE_GROUPS + "/31", null);

        assertThat(lines(SERVER)).containsExactly(
                "GET " + PROFILE_GROUPS + "/withChildren?includePermissions=false",
                "GET " + PROFILE_GROUPS + "/withChildren", "GET " + PROFILE_GROUPS + "/31",
                "PUT " + PROFILE_GROUPS + "/31", "DELETE " + PROFILE_GROUPS + "/31");
        assertThat(withChildren).singleElement().satisfies(g -> assertThat(g.getCloudRouteProfiles())
                .singleElement().hasToString("CloudRouteProfile[32, Main line]"));
        assertThat(one.getIsDefault()).isTrue();
        assertThat(renamed.getGroupName()).isEqualTo("Inbound calls");
        assertThat(deleted).as("a text/plain boolean").isFalse();
    }

    @Test
    void theSkinnyListsLiveUnderV2Skinny() {
        CloudRouteSkinnyGroupsApi skinny = client.api(CloudRouteSkinnyGroupsApi.class);
        String root = "/voice/api/v2-skinny/admin/accounts/1001";
        SERVER.enqueue(Answer.json(200, "[{\"cloudGroupId\":21,\"groupName\":\"Carriers\",\"accountId\":\"1001\"}]"));
        SERVER.enqueue(Answer.json(200, """
                [{"cloudGroupId":21,"groupName":"Carriers","cloudRouteDestinations":\
                [{"cloudDestinationId":22,"destinationName":"East","cloudGroupId":"21",\
                "isActive":true}]}]"""));
        SERVER.enqueue(Answer.json(200, "[{\"cloudGroupId\":31,\"groupName\":\"Inbound\"}]"));
        SERVER.enqueue(Answer.json(200, """
                [{"cloudGroupId":31,"groupName":"Inbound","cloudRouteProfiles":\
                [{"cloudProfileId":32,"profileName":"Main line","cloudGroupId":31,"groupId":31,\
                "accountId":"1001","isActive":true,"isDeleted":false}]}]"""));

        List<CloudRouteGroupSkinny> destinationGroups = skinny.destinationGroups("~");
        List<CloudRouteGroupSkinny> destinations = skinny.destinationGroupsWithChildren("~");
        List<CloudRouteGroupSkinny> profileGroups = skinny.profileGroups("~");
        List<CloudRouteGroupSkinny> profiles = skinny.profileGroupsWithChildren("~");

        assertThat(lines(SERVER)).containsExactly("GET " + root + "/cloudRouteDestinationGroups",
                "GET " + root + "/cloudRouteDestinationGroups/withChildren", "GET " + root + "/cloudRouteProfileGroups",
                "GET " + root + "/cloudRouteProfileGroups/withChildren");
        assertSentWithoutBody(SERVER, "GET", root + "/cloudRouteProfileGroups/withChildren", null);
        assertThat(destinationGroups).singleElement().satisfies(g -> {
            assertThat(g.getAccountId()).isEqualTo("1001");
            assertThat(g).hasToString("CloudRouteGroupSkinny[21, Carriers]");
        });
        assertThat(destinations.get(0).getCloudRouteDestinations()).singleElement().satisfies(d -> {
            assertThat(d.getCloudGroupId()).isEqualTo("21");
            assertThat(d.getIsActive()).isTrue();
            assertThat(d).hasToString("CloudRouteDestinationSkinny[22, East]");
        });
        assertThat(profileGroups).extracting(CloudRouteGroupSkinny::getGroupName).containsExactly("Inbound");
        assertThat(profiles.get(0).getCloudRouteProfiles()).singleElement().satisfies(p -> {
            assertThat(p.getCloudProfileId()).isEqualTo(32);
            assertThat(p.getGroupId()).isEqualTo(31);
            assertThat(p.getIsDeleted()).isFalse();
            assertThat(p).hasToString("CloudRouteProfileSkinny[32, Main line]");
        });
    }
}
