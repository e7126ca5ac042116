package io.quarkiverse.engagevoice.client.api.routing;

import static io.quarkiverse.engagevoice.client.api.routing.RoutingWire.ASSIGNMENT;
import static io.quarkiverse.engagevoice.client.api.routing.RoutingWire.DEST;
import static io.quarkiverse.engagevoice.client.api.routing.RoutingWire.DEST_GROUP;
import static io.quarkiverse.engagevoice.client.api.routing.RoutingWire.DEST_PATH;
import static io.quarkiverse.engagevoice.client.api.routing.RoutingWire.PROFILE;
import static io.quarkiverse.engagevoice.client.api.routing.RoutingWire.PROFILE_GROUP;
import static io.quarkiverse.engagevoice.client.api.routing.RoutingWire.PROFILE_PATH;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSent;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentJson;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentWithoutBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.api.MultipartFile;
import io.quarkiverse.engagevoice.client.model.routing.AllocationHoursDelimiter;
import io.quarkiverse.engagevoice.client.model.routing.CloudDestinationType;
import io.quarkiverse.engagevoice.client.model.routing.CloudRouteAssignedDestination;
import io.quarkiverse.engagevoice.client.model.routing.CloudRouteAssignedOverride;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/**
 * Assignments of destinations to profiles, from the profile ({@link CloudRouteAssignedDestinationsApi}) and from the
 * destination ({@link CloudRouteAssignedProfilesApi}), and their DNIS overrides
 * ({@link CloudRouteAssignedOverridesApi}).
 */
class CloudRouteAssignmentsWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String ASSIGNED = PROFILE_PATH + "/assignedDestinations";
    private static final String ASSIGNED_PROFILES = DEST_PATH + "/assignedProfiles";
    private static final String OVERRIDES = ASSIGNED + "/" + ASSIGNMENT + "/dnisOverrides";
    private static final String EAST_IN_MAIN = """
            {"assignedDestinationId":41,"rank":1,"allocationPercent":60,\
            "allocationPercentHours":"60,60,60","overrideFlag":true,"destinationType":"SIP",\
            "routeDestination":"sip:east@carrier.example","ringDuration":25,"ttAccept":false,\
            "dtmfEventsEnabled":true,"enablePrerouteHttp":false,"takeBackDtmf":"*9","repeatIndexStart":0,\
            "countryCode":{"countryId":"USA"},\
            "cloudProfile":{"cloudProfileId":32,"profileName":"Main line"},\
            "cloudDestination":{"cloudDestinationId":22,"destinationName":"East"}}""";
    private static final String ASSIGNED_OVERRIDE = """
            {"assignedOverrideId":71,"dnis":"8005550100",\
            "routeDestination":"6175550199","countryId":"USA","assignedDestination":\
            {"assignedDestinationId":41}}""";

    private final EngageVoiceClient client = WireTests.client(SERVER);

    @Test
    void theAssignedDestinationsOfAProfileAreListedReadAndMapped() {
        CloudRouteAssignedDestinationsApi assigned = client.api(CloudRouteAssignedDestinationsApi.class);
        SERVER.enqueue(Answer.json(200, "[" + EAST_IN_MAIN + "]"));
        SERVER.enqueue(Answer.json(200, EAST_IN_MAIN));

        List<CloudRouteAssignedDestination> all = assigned.list("~", PROFILE_GROUP, PROFILE);
        assertSentWithoutBody(SERVER, "GET", ASSIGNED, null);
        CloudRouteAssignedDestination one = assigned.get("~", PROFILE_GROUP, PROFILE, ASSIGNMENT);
        assertSentWithoutBody(SERVER, "GET", ASSIGNED + "/41", null);

        assertThat(all).hasSize(1);
        assertThat(one.getAssignedDestinationId()).isEqualTo(41);
        assertThat(one.getRank()).isEqualTo(1);
        assertThat(one.getAllocationPercent()).isEqualTo(60);
        assertThat(one.getAllocationPercentHours()).isEqualTo("60,60,60");
        assertThat(one.getOverrideFlag()).isTrue();
        assertThat(one.getDestinationType()).isEqualTo("SIP");
        assertThat(one.getDtmfEventsEnabled()).isTrue();
        assertThat(one.getTakeBackDtmf()).isEqualTo("*9");
        assertThat(one.getCountryCode().getCountryId()).isEqualTo("USA");
        assertThat(one.getCloudProfile().getProfileName()).isEqualTo("Main line");
        assertThat(one.getCloudDestination().getDestinationName()).isEqualTo("East");
        assertThat(one.toString()).isEqualTo("CloudRouteAssignedDestination[41, profile 32, destination 22]")
                .doesNotContain("carrier.example");
    }

    @Test
    void aDestinationIsAssignedToAProfileReRankedAndRemoved() {
        CloudRouteAssignedDestinationsApi assigned = client.api(CloudRouteAssignedDestinationsApi.class);
        SERVER.enqueue(Answer.json(201, EAST_IN_MAIN));
        SERVER.enqueue(Answer.json(200, EAST_IN_MAIN));
        SERVER.enqueue(Answer.json(200, "[" + EAST_IN_MAIN + ",{\"assignedDestinationId\":42,\"rank\":2}]"));
        SERVER.enqueue(Answer.json(200, "true"));

        CloudRouteAssignedDestination created = assigned.create("~", PROFILE_GROUP, PROFILE,
                CloudRouteAssignedDestination.of(PROFILE, DEST));
        assertSentJson(SERVER, "POST", ASSIGNED, null,
                "{\"cloudProfile\":{\"cloudProfileId\":32},\"cloudDestination\":{\"cloudDestinationId\":22}}");
        CloudRouteAssignedDestination changes = new CloudRouteAssignedDestination();
        changes.setAllocationPercent(60);
        assigned.update("~", PROFILE_GROUP, PROFILE, ASSIGNMENT, changes);
        assertSentJson(SERVER, "PUT", ASSIGNED + "/41", null, "{\"allocationPercent\":60}");
        CloudRouteAssignedDestination first = new CloudRouteAssignedDestination();
        first.setAssignedDestinationId(41);
        first.setRank(1);
        CloudRouteAssignedDestination second = new CloudRouteAssignedDestination();
        second.setAssignedDestinationId(42);
        second.setRank(2);
        List<CloudRouteAssignedDestination> ranked = assigned.updateAll("~", PROFILE_GROUP, PROFILE,
                List.of(first, second));
        assertSentJson(SERVER, "PUT", ASSIGNED + "/batch", null,
                "[{\"assignedDestinationId\":41,\"rank\":1},{\"assignedDestinationId\":42,\"rank\":2}]");
        boolean removed = assigned.delete("~", PROFILE_GROUP, PROFILE, ASSIGNMENT);
        assertSentWithoutBody(SERVER, "DELETE", ASSIGNED + "/41", null);

        assertThat(created.getAssignedDestinationId()).isEqualTo(41);
        assertThat(ranked).extracting(CloudRouteAssignedDestination::getRank).containsExactly(1, 2);
        assertThat(removed).isTrue();
    }

    @Test
    void allocationHoursAreExportedAndImportedAsFiles() throws IOException {
        CloudRouteAssignedDestinationsApi assigned = client.api(CloudRouteAssignedDestinationsApi.class);
        String csv = "assignedDestinationId,hour0,hour1\n41,60,40\n";
        SERVER.enqueue(new Answer(200, "text/csv", csv, Map.of()));
        SERVER.enqueue(Answer.json(200, "[" + EAST_IN_MAIN + "]"));

        String exported;
        try (InputStream in = assigned.exportAllocationHours("~", PROFILE_GROUP, PROFILE)) {
            exported = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertSentWithoutBody(SERVER, "POST", ASSIGNED + "/percentAllocationHours/export", null);
        List<CloudRouteAssignedDestination> imported = assigned.importAllocationHours("~", PROFILE_GROUP, PROFILE,
                AllocationHoursDelimiter.COMMA, "hours.csv", csv.getBytes(StandardCharsets.UTF_8));
        Request sent = assertSent(SERVER, "POST", ASSIGNED + "/percentAllocationHours/import", "extension=COMMA");

        assertThat(exported).isEqualTo(csv);
        assertThat(sent.header("Content-Type").replace(" ", ""))
                .isEqualTo("multipart/form-data;boundary=" + MultipartFile.BOUNDARY);
        assertThat(sent.body()).isEqualTo("--" + MultipartFile.BOUNDARY + """
                \r\n\
                Content-Disposition: form-data; name="file"; filename="hours.csv"\r\n\
                Content-Type: application/octet-stream\r\n\r\n""" + csv
                + "\r\n--" + MultipartFile.BOUNDARY + "--\r\n");
        assertThat(imported).extracting(CloudRouteAssignedDestination::getAllocationPercent).containsExactly(60);
    }

    @Test
    void theProfilesOfADestinationAreTheSameAssignmentsSeenFromIt() {
        CloudRouteAssignedProfilesApi profiles = client.api(CloudRouteAssignedProfilesApi.class);
        SERVER.enqueue(Answer.json(200, "[" + EAST_IN_MAIN + "]"));
        SERVER.enqueue(Answer.json(201, EAST_IN_MAIN));
        SERVER.enqueue(Answer.json(200, EAST_IN_MAIN));
        SERVER.enqueue(Answer.json(200, EAST_IN_MAIN));
        SERVER.enqueue(Answer.text(200, "true"));

        List<CloudRouteAssignedDestination> all = profiles.list("~", DEST_GROUP, DEST);
        assertSentWithoutBody(SERVER, "GET", ASSIGNED_PROFILES, null);
        CloudRouteAssignedDestination created = profiles.create("~", DEST_GROUP, DEST,
                CloudRouteAssignedDestination.of(PROFILE, DEST));
        assertSentJson(SERVER, "POST", ASSIGNED_PROFILES, null,
                "{\"cloudProfile\":{\"cloudProfileId\":32},\"cloudDestination\":{\"cloudDestinationId\":22}}");
        CloudRouteAssignedDestination one = profiles.get("~", DEST_GROUP, DEST, ASSIGNMENT);
        assertSentWithoutBody(SERVER, "GET", ASSIGNED_PROFILES + "/41", null);
        CloudRouteAssignedDestination changes = new CloudRouteAssignedDestination();
        changes.setRingDuration(25);
        profiles.update("~", DEST_GROUP, DEST, ASSIGNMENT, changes);
        assertSentJson(SERVER, "PUT", ASSIGNED_PROFILES + "/41", null, "{\"ringDuration\":25}");
        boolean removed = profiles.delete("~", DEST_GROUP, DEST, ASSIGNMENT);
        assertSentWithoutBody(SERVER, "DELETE", ASSIGNED_PROFILES + "/41", null);

        assertThat(all).singleElement().extracting(a -> a.getCloudProfile().getCloudProfileId()).isEqualTo(32);
        assertThat(created.getAssignedDestinationId()).isEqualTo(41);
        assertThat(one.getRingDuration()).isEqualTo(25);
        assertThat(removed).as("a text/plain boolean").isTrue();
    }

    @Test
    void theDnisOverridesOfAnAssignmentGoThroughTheirWholeLife() {
        CloudRouteAssignedOverridesApi overrides = client.api(CloudRouteAssignedOverridesApi.class);
        SERVER.enqueue(Answer.json(200, "[" + ASSIGNED_OVERRIDE + "]"));
        SERVER.enqueue(Answer.json(201, ASSIGNED_OVERRIDE));
        SERVER.enqueue(Answer.json(200, ASSIGNED_OVERRIDE));
        SERVER.enqueue(Answer.json(200, ASSIGNED_OVERRIDE));
        SERVER.enqueue(Answer.json(200, "true"));

        List<CloudRouteAssignedOverride> all = overrides.list("~", PROFILE_GROUP, PROFILE, ASSIGNMENT);
        assertSentWithoutBody(SERVER, "GET", OVERRIDES, null);
        CloudRouteAssignedOverride created = overrides.create("~", PROFILE_GROUP, PROFILE, ASSIGNMENT,
                CloudDestinationType.DID, CloudRouteAssignedOverride.of("8005550100", "6175550199"));
        assertSentJson(SERVER, "POST", OVERRIDES, "cloudDestinationType=DID",
                "{\"dnis\":\"8005550100\",\"routeDestination\":\"6175550199\"}");
        CloudRouteAssignedOverride one = overrides.get("~", PROFILE_GROUP, PROFILE, ASSIGNMENT, 71);
        assertSentWithoutBody(SERVER, "GET", OVERRIDES + "/71", null);
        CloudRouteAssignedOverride changes = new CloudRouteAssignedOverride();
        changes.setRouteDestination("6175550198");
        overrides.update("~", PROFILE_GROUP, PROFILE, ASSIGNMENT, 71, CloudDestinationType.IN_NETWORK_DID, changes);
        assertSentJson(SERVER, "PUT", OVERRIDES + "/71", "cloudDestinationType=IN_NETWORK_DID",
                "{\"routeDestination\":\"6175550198\"}");
        boolean deleted = overrides.delete("~", PROFILE_GROUP, PROFILE, ASSIGNMENT, 71);
        assertSentWithoutBody(SERVER, "DELETE", OVERRIDES + "/71", null);

        assertThat(all).singleElement().satisfies(o -> {
            assertThat(o.getAssignedOverrideId()).isEqualTo(71);
            assertThat(o.getAssignedDestination().getAssignedDestinationId()).isEqualTo(41);
            assertThat(o.toString()).isEqualTo("CloudRouteAssignedOverride[71]").doesNotContain("555");
        });
        assertThat(created.getDnis()).isEqualTo("8005550100");
        assertThat(one.getCountryId()).isEqualTo("USA");
        assertThat(deleted).isTrue();
    }

    @Test
    void aFileOfAssignmentOverridesIsUploadedAsMultipart() {
        CloudRouteAssignedOverridesApi overrides = client.api(CloudRouteAssignedOverridesApi.class);
        SERVER.enqueue(Answer.json(200, "[" + ASSIGNED_OVERRIDE + "]"));
        byte[] file = "8005550100,6175550199\n".getBytes(StandardCharsets.UTF_8);

        List<CloudRouteAssignedOverride> created = overrides.upload("~", PROFILE_GROUP, PROFILE, ASSIGNMENT, false,
                false, "over\"rides.csv", file);
        Request sent = assertSent(SERVER, "POST", OVERRIDES + "/batch",
                "replaceAll=false&phoneNumbersI18nEnabled=false");

        assertThat(sent.header("Content-Type").replace(" ", ""))
                .isEqualTo("multipart/form-data;boundary=" + MultipartFile.BOUNDARY);
        assertThat(sent.body()).contains("name=\"file\"; filename=\"over_rides.csv\"\r\n")
                .contains("\r\n\r\n8005550100,6175550199\n\r\n--" + MultipartFile.BOUNDARY + "--\r\n");
        assertThat(created).extracting(CloudRouteAssignedOverride::getAssignedOverrideId).containsExactly(71);
    }
}
