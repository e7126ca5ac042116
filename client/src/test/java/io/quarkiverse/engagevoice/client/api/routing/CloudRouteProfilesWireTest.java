package io.quarkiverse.engagevoice.client.api.routing;

import static io.quarkiverse.engagevoice.client.api.routing.RoutingWire.PROFILE;
import static io.quarkiverse.engagevoice.client.api.routing.RoutingWire.PROFILE_GROUP;
import static io.quarkiverse.engagevoice.client.api.routing.RoutingWire.PROFILE_PATH;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentJson;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentWithoutBody;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.model.routing.CloudRouteDtmfEvent;
import io.quarkiverse.engagevoice.client.model.routing.CloudRouteProfile;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/**
 * Cloud route profiles ({@link CloudRouteProfilesApi}), their DTMF events ({@link CloudRouteDtmfEventsApi}) and their
 * sticky destinations ({@link CloudRouteStickyDestinationsApi}).
 */
class CloudRouteProfilesWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String PROFILES = WireTests.ACCOUNT + "/cloudRouteProfileGroups/" + PROFILE_GROUP
            + "/cloudRouteProfiles";
    private static final String MAIN_LINE = """
            {"cloudProfileId":32,"profileName":"Main line",\
            "profileDesc":"Toll-free main number","isActive":true,"isDeleted":false,\
            "routingType":"PERCENT","stickyDestinationType":"NONE","recordCall":true,"repeatCount":2,\
            "repeatDelay":5,"shortCall":10,"longCall":600,"revMatch":false,\
            "voicemailEmail":"ops.lead@example.com","billingCode":"BC-7",\
            "callStartSoapService":{"serviceId":9},\
            "cloudRouteGroup":{"cloudGroupId":31,"groupName":"Inbound"},"permissions":["READ"]}""";
    private static final String DTMF = "{\"cloudRouteDtmfId\":61,\"dtmfCode\":1,\"dtmfEventData\":\"TRANSFER:22\"}";

    private final EngageVoiceClient client = WireTests.client(SERVER);

    @Test
    void profilesAreListedReadAndMapped() {
        CloudRouteProfilesApi profiles = client.api(CloudRouteProfilesApi.class);
        SERVER.enqueue(Answer.json(200, "[" + MAIN_LINE + "]"));
        SERVER.enqueue(Answer.json(200, MAIN_LINE));

        List<CloudRouteProfile> all = profiles.list("~", PROFILE_GROUP);
        assertSentWithoutBody(SERVER, "GET", PROFILES, null);
        CloudRouteProfile main = profiles.get("~", PROFILE_GROUP, PROFILE);
        assertSentWithoutBody(SERVER, "GET", PROFILE_PATH, null);

        assertThat(all).hasSize(1);
        assertThat(main.getCloudProfileId()).isEqualTo(32);
        assertThat(main.getProfileDesc()).isEqualTo("Toll-free main number");
        assertThat(main.getRoutingType()).isEqualTo("PERCENT");
        assertThat(main.getStickyDestinationType()).isEqualTo("NONE");
        assertThat(main.getRecordCall()).isTrue();
        assertThat(main.getRepeatCount()).isEqualTo(2);
        assertThat(main.getLongCall()).isEqualTo(600);
        assertThat(main.getBillingCode()).isEqualTo("BC-7");
        assertThat(main.getCloudRouteGroup().getGroupName()).isEqualTo("Inbound");
        assertThat(main.getPermissions()).containsExactly("READ");
        assertThat(main.getCallStartSoapService()).isNotNull();
        assertThat(main.toString()).isEqualTo("CloudRouteProfile[32, Main line]").doesNotContain("example.com");
    }

    @Test
    void aProfileIsCreatedUpdatedClonedAndTurnedOnAndOff() {
        CloudRouteProfilesApi profiles = client.api(CloudRouteProfilesApi.class);
        SERVER.enqueue(Answer.json(201, "{\"cloudProfileId\":33,\"profileName\":\"Night line\"}"));
        SERVER.enqueue(Answer.json(200, "{\"cloudProfileId\":33,\"profileName\":\"Night line\",\"repeatCount\":3}"));
        SERVER.enqueue(Answer.json(200, "{\"cloudProfileId\":34,\"profileName\":\"Night line (copy)\"}"));
        SERVER.enqueue(Answer.json(200, "true"));
        SERVER.enqueue(Answer.text(200, "true"));

        CloudRouteProfile created = profiles.create("~", PROFILE_GROUP, CloudRouteProfile.named("Night line"));
        assertSentJson(SERVER, "POST", PROFILES, null, "{\"profileName\":\"Night line\"}");
        CloudRouteProfile changes = new CloudRouteProfile();
        changes.setRepeatCount(3);
        CloudRouteProfile updated = profiles.update("~", PROFILE_GROUP, 33, changes);
        assertSentJson(SERVER, "PUT", PROFILES + "/33", null, "{\"repeatCount\":3}");
        CloudRouteProfile copy = profiles.cloneAs("~", PROFILE_GROUP, 33, "Night line (copy)");
        assertSentWithoutBody(SERVER, "POST", PROFILES + "/33/clone", "newCloudRouteProfileName=Night+line+%28copy%29");
        boolean off = profiles.setActive("~", PROFILE_GROUP, 33, false);
        assertSentJson(SERVER, "PUT", PROFILES + "/33/setIsActive", null, "{\"isActive\":false}");
        boolean on = profiles.setActive("~", PROFILE_GROUP, 33, true);
        assertSentJson(SERVER, "PUT", PROFILES + "/33/setIsActive", null, "{\"isActive\":true}");

        assertThat(created.getCloudProfileId()).isEqualTo(33);
        assertThat(updated.getRepeatCount()).isEqualTo(3);
        assertThat(copy.getProfileName()).isEqualTo("Night line (copy)");
        assertThat(off).isTrue();
        assertThat(on).as("a text/plain boolean").isTrue();
    }

    @Test
    void dtmfEventsAreListedCreatedReadUpdatedAndDeleted() {
        CloudRouteDtmfEventsApi events = client.api(CloudRouteDtmfEventsApi.class);
        String path = PROFILE_PATH + "/dtmfEvents";
        SERVER.enqueue(Answer.json(200, "[" + DTMF + "]"));
        SERVER.enqueue(Answer.json(200, DTMF));
        SERVER.enqueue(Answer.json(200, DTMF));
        SERVER.enqueue(Answer.json(200, "{\"cloudRouteDtmfId\":61,\"dtmfCode\":1,\"dtmfEventData\":\"TRANSFER:23\"}"));
        SERVER.enqueue(Answer.json(200, "true"));

        List<CloudRouteDtmfEvent> all = events.list("~", PROFILE_GROUP, PROFILE);
        assertSentWithoutBody(SERVER, "GET", path, null);
        CloudRouteDtmfEvent created = events.create("~", PROFILE_GROUP, PROFILE, CloudRouteDtmfEvent.of(1, "TRANSFER:22"));
        assertSentJson(SERVER, "POST", path, null, "{\"dtmfCode\":1,\"dtmfEventData\":\"TRANSFER:22\"}");
        CloudRouteDtmfEvent one = events.get("~", PROFILE_GROUP, PROFILE, 61);
        assertSentWithoutBody(SERVER, "GET", path + "/61", null);
        CloudRouteDtmfEvent changes = new CloudRouteDtmfEvent();
        changes.setDtmfEventData("TRANSFER:23");
        CloudRouteDtmfEvent updated = events.update("~", PROFILE_GROUP, PROFILE, 61, changes);
        assertSentJson(SERVER, "PUT", path + "/61", null, "{\"dtmfEventData\":\"TRANSFER:23\"}");
        boolean deleted = events.delete("~", PROFILE_GROUP, PROFILE, 61);
        assertSentWithoutBody(SERVER, "DELETE", path + "/61", null);

        assertThat(all).singleElement().hasToString("CloudRouteDtmfEvent[61, 1]");
        assertThat(created.getCloudRouteDtmfId()).isEqualTo(61);
        assertThat(one.getDtmfCode()).isEqualTo(1);
        assertThat(updated.getDtmfEventData()).isEqualTo("TRANSFER:23");
        assertThat(deleted).isTrue();
    }

    @Test
    void stickyDestinationsAreSearchedWithRepeatedAniKeys() {
        CloudRouteStickyDestinationsApi sticky = client.api(CloudRouteStickyDestinationsApi.class);
        String path = PROFILE_PATH + "/stickyDestinations/searchByAnis";
        SERVER.enqueue(Answer.json(200, "{\"6175550101\":{\"cloudDestinationId\":22}}"));
        SERVER.enqueue(Answer.json(200, "{\"count\":12}"));

        Map<String, Object> found = sticky.search("~", PROFILE_GROUP, PROFILE, List.of("6175550101", "+442071234567"));
        assertSentWithoutBody(SERVER, "GET", path,
                "aniParams=true&anis=6175550101&anis=%2B442071234567&fullAni=true");
        Map<String, Object> counted = sticky.search("~", PROFILE_GROUP, PROFILE, false, null, null, true, 0, 50);
        assertSentWithoutBody(SERVER, "GET", path, "aniParams=false&count=true&page=0&maxRows=50");

        assertThat(SERVER.requests().get(0).queryParams().get("anis")).containsExactly("6175550101", "+442071234567");
        assertThat(found).containsOnlyKeys("6175550101");
        assertThat(counted).containsEntry("count", 12);
    }

    @Test
    void aStickyDestinationIsForgottenByCallerNumber() {
        CloudRouteStickyDestinationsApi sticky = client.api(CloudRouteStickyDestinationsApi.class);
        SERVER.enqueue(Answer.json(200, "true"));
        SERVER.enqueue(Answer.text(200, "false"));

        boolean forgotten = sticky.delete("~", PROFILE_GROUP, PROFILE, "6175550101");
        assertSentWithoutBody(SERVER, "DELETE", PROFILE_PATH + "/stickyDestinations/6175550101", null);
        boolean international = sticky.delete("~", PROFILE_GROUP, PROFILE, "+44 20 7123");

        assertThat(lines(SERVER).get(1))
                .isEqualTo("DELETE " + PROFILE_PATH + "/stickyDestinations/+44%2020%207123");
        assertThat(forgotten).isTrue();
        assertThat(international).isFalse();
    }
}
