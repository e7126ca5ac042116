package io.quarkiverse.engagevoice.client.api.routing;

import static io.quarkiverse.engagevoice.client.api.routing.RoutingWire.DEST;
import static io.quarkiverse.engagevoice.client.api.routing.RoutingWire.DEST_GROUP;
import static io.quarkiverse.engagevoice.client.api.routing.RoutingWire.DEST_PATH;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSent;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentJson;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentWithoutBody;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.api.MultipartFile;
import io.quarkiverse.engagevoice.client.model.routing.CloudDestinationType;
import io.quarkiverse.engagevoice.client.model.routing.CloudRouteDestination;
import io.quarkiverse.engagevoice.client.model.routing.CloudRouteDestinationOverride;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/**
 * Cloud route destinations ({@link CloudRouteDestinationsApi}) and their DNIS overrides
 * ({@link CloudRouteDestinationOverridesApi}).
 */
class CloudRouteDestinationsWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String DESTINATIONS = WireTests.ACCOUNT + "/cloudRouteDestinationGroups/" + DEST_GROUP
            + "/cloudRouteDestinations";
    private static final String OVERRIDES = DEST_PATH + "/dnisOverrides";
    private static final String EAST = """
            {"cloudDestinationId":22,"destinationName":"East",\
            "destinationDesc":"East coast carrier","destinationType":"SIP",\
            "routeDestination":"sip:east@carrier.example","isActive":true,"isDeleted":false,\
            "forceAcdQueue":false,"ringDuration":30,"maxConcurrent":25,"ttAccept":true,"ttAcceptTime":10,\
            "prerouteHttpUrl":"https://routing.example/preroute","authKey":"s3cr3t-pre-route-key",\
            "countryCode":{"countryId":"USA","countryName":"United States"},"city":"Boston",\
            "lat":42.36,"lon":-71.06,"monSched":"08001800","sunSched":"00000000",\
            "cloudRouteGroup":{"cloudGroupId":21,"groupName":"Carriers"},\
            "startDate":{"millis":1767225600000}}""";
    private static final String OVERRIDE = """
            {"destOverrideId":51,"dnis":"8005550100",\
            "routeDestination":"6175550199","countryId":"USA","cloudDestination":{"cloudDestinationId":22}}""";

    private final EngageVoiceClient client = WireTests.client(SERVER);

    @Test
    void destinationsAreListedReadAndMapped() {
        CloudRouteDestinationsApi destinations = client.api(CloudRouteDestinationsApi.class);
        SERVER.enqueue(Answer.json(200, "[" + EAST + "]"));
        SERVER.enqueue(Answer.json(200, "[" + EAST + "]"));
        SERVER.enqueue(Answer.json(200, "[]"));
        SERVER.enqueue(Answer.json(200, EAST));

        List<CloudRouteDestination> all = destinations.list("~", DEST_GROUP);
        List<CloudRouteDestination> withChildren = destinations.listWithChildren("~", DEST_GROUP, true);
        destinations.listWithChildren("~", DEST_GROUP, null);
        CloudRouteDestination east = destinations.get("~", DEST_GROUP, DEST);
        assertSentWithoutBody(SERVER, "GET", DEST_PATH, null);

        assertThat(lines(SERVER)).containsExactly("GET " + DESTINATIONS,
                "GET " + DESTINATIONS + "/withChildren?includePermissions=true",
                "GET " + DESTINATIONS + "/withChildren", "GET " + DEST_PATH);
        assertThat(all).hasSize(1);
        assertThat(withChildren).hasSize(1);
        assertThat(east.getCloudDestinationId()).isEqualTo(22);
        assertThat(east.getDestinationType()).isEqualTo(CloudDestinationType.SIP.name());
        assertThat(east.getRouteDestination()).isEqualTo("sip:east@carrier.example");
        assertThat(east.getRingDuration()).isEqualTo(30);
        assertThat(east.getMaxConcurrent()).isEqualTo(25);
        assertThat(east.getTtAccept()).isTrue();
        assertThat(east.getCountryCode().getCountryId()).isEqualTo("USA");
        assertThat(east.getLat()).isEqualTo(42.36);
        assertThat(east.getMonSched()).isEqualTo("08001800");
        assertThat(east.getCloudRouteGroup().getCloudGroupId()).isEqualTo(21);
        assertThat(east.getStartDate().toInstant().toEpochMilli()).isEqualTo(1767225600000L);
        assertThat(east.toString()).isEqualTo("CloudRouteDestination[22, East, SIP]")
                .doesNotContain("s3cr3t").doesNotContain("carrier.example");
    }

    @Test
    void aDestinationIsCreatedUpdatedClonedAndTurnedOff() {
        CloudRouteDestinationsApi destinations = client.api(CloudRouteDestinationsApi.class);
        SERVER.enqueue(Answer.json(201, "{\"cloudDestinationId\":23,\"destinationName\":\"West\"}"));
        SERVER.enqueue(Answer.json(200, "{\"cloudDestinationId\":23,\"ringDuration\":45}"));
        SERVER.enqueue(Answer.json(200, "{\"cloudDestinationId\":24,\"destinationName\":\"West & backup\"}"));
        SERVER.enqueue(Answer.json(200, "true"));
        SERVER.enqueue(Answer.text(200, "true"));

        CloudRouteDestination created = destinations.create("~", DEST_GROUP,
                CloudRouteDestination.of("West", CloudDestinationType.STANDARD, "4155550123"));
        assertSentJson(SERVER, "POST", DESTINATIONS, null,
                "{\"destinationName\":\"West\",\"destinationType\":\"STANDARD\",\"routeDestination\":\"4155550123\"}");
        CloudRouteDestination changes = new CloudRouteDestination();
        changes.setRingDuration(45);
        CloudRouteDestination updated = destinations.update("~", DEST_GROUP, 23, changes);
        assertSentJson(SERVER, "PUT", DESTINATIONS + "/23", null, "{\"ringDuration\":45}");
        CloudRouteDestination copy = destinations.cloneAs("~", DEST_GROUP, 23, "West & backup");
        assertSentWithoutBody(SERVER, "POST", DESTINATIONS + "/23/clone", "newDestinationName=West+%26+backup");
        boolean off = destinations.setActive("~", DEST_GROUP, 23, false);
        assertSentJson(SERVER, "PUT", DESTINATIONS + "/23/setIsActive", null, "{\"isActive\":false}");
        boolean on = destinations.setActive("~", DEST_GROUP, 23, true);
        assertSentJson(SERVER, "PUT", DESTINATIONS + "/23/setIsActive", null, "{\"isActive\":true}");

        assertThat(created.getCloudDestinationId()).isEqualTo(23);
        assertThat(updated.getRingDuration()).isEqualTo(45);
        assertThat(copy.getCloudDestinationId()).isEqualTo(24);
        assertThat(off).isTrue();
        assertThat(on).as("a text/plain boolean").isTrue();
    }

    @Test
    void dnisOverridesAreListedAndReadWithTheirDestination() {
        CloudRouteDestinationOverridesApi overrides = client.api(CloudRouteDestinationOverridesApi.class);
        SERVER.enqueue(Answer.json(200, "[" + OVERRIDE + "]"));
        SERVER.enqueue(Answer.json(200, OVERRIDE));

        List<CloudRouteDestinationOverride> all = overrides.list("~", DEST_GROUP, DEST);
        assertSentWithoutBody(SERVER, "GET", OVERRIDES, null);
        CloudRouteDestinationOverride one = overrides.get("~", DEST_GROUP, DEST, 51);
        assertSentWithoutBody(SERVER, "GET", OVERRIDES + "/51", null);

        assertThat(all).singleElement().satisfies(o -> {
            assertThat(o.getDestOverrideId()).isEqualTo(51);
            assertThat(o.getDnis()).isEqualTo("8005550100");
            assertThat(o.getRouteDestination()).isEqualTo("6175550199");
            assertThat(o.getCountryId()).isEqualTo("USA");
            assertThat(o.getCloudDestination().getCloudDestinationId()).isEqualTo(22);
            assertThat(o.toString()).isEqualTo("CloudRouteDestinationOverride[51]").doesNotContain("555");
        });
        assertThat(one.getDnis()).isEqualTo("8005550100");
    }

    @Test
    void aDnisOverrideIsCreatedUpdatedAndDeletedWithItsDestinationType() {
        CloudRouteDestinationOverridesApi overrides = client.api(CloudRouteDestinationOverridesApi.class);
        SERVER.enqueue(Answer.json(201, OVERRIDE));
        SERVER.enqueue(Answer.json(200, OVERRIDE));
        SERVER.enqueue(Answer.json(200, "true"));

        CloudRouteDestinationOverride created = overrides.create("~", DEST_GROUP, DEST, CloudDestinationType.STANDARD,
                CloudRouteDestinationOverride.of("8005550100", "6175550199"));
        assertSentJson(SERVER, "POST", OVERRIDES, "cloudDestinationType=STANDARD",
                "{\"dnis\":\"8005550100\",\"routeDestination\":\"6175550199\"}");
        CloudRouteDestinationOverride changes = new CloudRouteDestinationOverride();
        changes.setRouteDestination("sip:overflow@carrier.example");
        overrides.update("~", DEST_GROUP, DEST, 51, CloudDestinationType.SIP, changes);
        assertSentJson(SERVER, "PUT", OVERRIDES + "/51", "cloudDestinationType=SIP",
                "{\"routeDestination\":\"sip:overflow@carrier.example\"}");
        boolean deleted = overrides.delete("~", DEST_GROUP, DEST, 51);
        assertSentWithoutBody(SERVER, "DELETE", OVERRIDES + "/51", null);

        assertThat(created.getDestOverrideId()).isEqualTo(51);
        assertThat(deleted).isTrue();
    }

    @Test
    void aFileOfDnisOverridesIsUploadedAsMultipart() {
        CloudRouteDestinationOverridesApi overrides = client.api(CloudRouteDestinationOverridesApi.class);
        SERVER.enqueue(Answer.json(200, "[" + OVERRIDE + "]"));
        SERVER.enqueue(Answer.json(200, "[]"));
        byte[] file = "8005550100,6175550199\n".getBytes(StandardCharsets.UTF_8);

        List<CloudRouteDestinationOverride> created = overrides.upload("~", DEST_GROUP, DEST, true, true,
                "overrides.csv", file);
        Request sent = assertSent(SERVER, "POST", OVERRIDES + "/batch", "replaceAll=true&phoneNumbersI18nEnabled=true");
        overrides.upload("~", DEST_GROUP, DEST, false, null, "more.csv", file);
        assertSent(SERVER, "POST", OVERRIDES + "/batch", "replaceAll=false");

        assertThat(sent.header("Content-Type").replace(" ", ""))
                .isEqualTo("multipart/form-data;boundary=" + MultipartFile.BOUNDARY);
        assertThat(sent.body()).isEqualTo("--" + MultipartFile.BOUNDARY + """
                \r\n\
                Content-Disposition: form-data; name="file"; filename="overrides.csv"\r\n\
                Content-Type: application/octet-stream\r\n\r\n\
                8005550100,6175550199\n\
                \r\n--""" + MultipartFile.BOUNDARY + "--\r\n");
        assertThat(created).extracting(CloudRouteDestinationOverride::getDestOverrideId).containsExactly(51);
    }

    @Test
    void aFileHoldingTheBoundaryIsRefusedBeforeSending() {
        CloudRouteDestinationOverridesApi overrides = client.api(CloudRouteDestinationOverridesApi.class);
        byte[] file = ("x" + MultipartFile.BOUNDARY).getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> overrides.upload("~", DEST_GROUP, DEST, false, null, "x.csv", file))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("boundary");
        assertThat(SERVER.requests()).isEmpty();
    }
}
