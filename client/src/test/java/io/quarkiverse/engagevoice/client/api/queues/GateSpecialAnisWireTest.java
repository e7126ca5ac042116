package io.quarkiverse.engagevoice.client.api.queues;

import static io.quarkiverse.engagevoice.client.api.queues.QueueWire.GATE;
import static io.quarkiverse.engagevoice.client.api.queues.QueueWire.GATE_PATH;
import static io.quarkiverse.engagevoice.client.api.queues.QueueWire.GROUP;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertBodiless;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertJsonBody;
import static io.quarkiverse.engagevoice.client.testing.WireTests.line;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.MultipartFile;
import io.quarkiverse.engagevoice.client.model.queues.GateSpecialAni;
import io.quarkiverse.engagevoice.client.model.queues.SpecialAniType;
import io.quarkiverse.engagevoice.client.testing.OfficialFiles;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** The special and throttled caller numbers of a queue ({@link GateSpecialAnisApi}). */
class GateSpecialAnisWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String PATH = GATE_PATH + "/specialAnis";
    private static final String VIP = """
            {"ani":"5551230001","aniE164":"+15551230001","type":"S-ANI",\
            "dateAdded":"2026-03-02T09:00:00.000+0000","phoneNumbersI18nEnabled":true}""";

    private GateSpecialAnisApi anis;

    @BeforeEach
    void client() {
        anis = WireTests.client(SERVER).api(GateSpecialAnisApi.class);
    }

    @Test
    void theTypeGoesByItsWireName() {
        SERVER.answerByDefault(Answer.json(200, "[" + VIP + "]"));

        List<GateSpecialAni> special = anis.list("~", GROUP, GATE, SpecialAniType.SPECIAL_ANI);
        anis.list("~", GROUP, GATE, SpecialAniType.THROTTLE, "555123", 0, 100);
        anis.list("~", GROUP, GATE, null, null, null, null);

        assertThat(lines(SERVER)).containsExactly("GET " + PATH + "?type=S-ANI",
                "GET " + PATH + "?type=THROTTLE&filter=555123&page=0&maxRows=100", "GET " + PATH);
        assertBodiless(SERVER.lastRequest());
        assertThat(special).singleElement().satisfies(a -> {
            assertThat(a.getAni()).isEqualTo("5551230001");
            assertThat(a.getAniE164()).isEqualTo("+15551230001");
            assertThat(a.getType()).isEqualTo(SpecialAniType.SPECIAL_ANI.value());
            assertThat(a.getDateAdded()).isEqualTo(OffsetDateTime.parse("2026-03-02T09:00:00Z"));
            assertThat(a.toString()).isEqualTo("GateSpecialAni[S-ANI, added 2026-03-02T09:00Z]")
                    .doesNotContain("5551230001");
        });
    }

    @Test
    void aNumberIsAddedAndRemoved() {
        SERVER.enqueue(Answer.json(201, VIP));
        SERVER.enqueue(Answer.text(200, "1"));
        SERVER.enqueue(Answer.json(200, "12"));

        GateSpecialAni added = anis.create("~", GROUP, GATE,
                GateSpecialAni.of(SpecialAniType.SPECIAL_ANI, "5551230001"));
        int removed = anis.delete("~", GROUP, GATE, SpecialAniType.SPECIAL_ANI, "+15551230001");
        int cleared = anis.delete("~", GROUP, GATE, SpecialAniType.THROTTLE, null);

        List<Request> sent = SERVER.requests();
        assertThat(lines(SERVER)).containsExactly("POST " + PATH, "DELETE " + PATH + "?type=S-ANI&ani=%2B15551230001",
                "DELETE " + PATH + "?type=THROTTLE");
        assertJsonBody(sent.get(0), "{\"type\":\"S-ANI\",\"ani\":\"5551230001\"}");
        assertThat(sent.get(1).queryParams()).containsExactly(Map.entry("type", List.of("S-ANI")),
                Map.entry("ani", List.of("+15551230001")));
        assertBodiless(sent.get(2));
        assertThat(added.getAniE164()).isEqualTo("+15551230001");
        assertThat(removed).isEqualTo(1);
        assertThat(cleared).isEqualTo(12);
    }

    @Test
    void theWireNamesOfTheTypesAreThoseOfTheSpec() {
        assertThat(SpecialAniType.fromString("S-ANI")).isEqualTo(SpecialAniType.SPECIAL_ANI);
        assertThat(SpecialAniType.fromString("THROTTLE")).isEqualTo(SpecialAniType.THROTTLE);
        assertThatThrownBy(() -> SpecialAniType.fromString("VIP")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VIP");
        assertThat(OfficialFiles.parameterEnum("/voice/api/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}"
                + "/gates/{gateId}/specialAnis/upload", "post", "type")).containsExactlyInAnyOrderElementsOf(
                        java.util.Arrays.stream(SpecialAniType.values()).map(SpecialAniType::value).toList());
    }

    @Test
    void aFileOfNumbersIsUploadedAsMultipart() {
        SERVER.enqueue(Answer.text(200, "2"));
        byte[] file = "5551230001\n5551230002\n".getBytes(StandardCharsets.UTF_8);

        int taken = anis.upload("~", GROUP, GATE, SpecialAniType.THROTTLE, "APPEND", "vip \"list\".csv", file);

        Request sent = SERVER.lastRequest();
        assertThat(line(sent)).isEqualTo("POST " + PATH + "/upload?operation=APPEND&type=THROTTLE");
        assertThat(sent.header("Content-Type").replace(" ", "")) // runtimes differ in the space after ';'
                .isEqualTo("multipart/form-data;boundary=" + MultipartFile.BOUNDARY);
        assertThat(sent.header("X-Auth-Token")).isEqualTo(WireTests.API_TOKEN);
        assertThat(sent.body()).isEqualTo("--" + MultipartFile.BOUNDARY + """
                \r\n\
                Content-Disposition: form-data; name="file"; filename="vip _list_.csv"\r\n\
                Content-Type: application/octet-stream\r\n\r\n\
                5551230001\n5551230002\n\
                \r\n--""" + MultipartFile.BOUNDARY + "--\r\n");
        assertThat(taken).isEqualTo(2);
    }

    @Test
    void withoutAnOperationTheServersDefaultApplies() {
        SERVER.enqueue(Answer.text(200, "0"));

        anis.upload("~", GROUP, GATE, SpecialAniType.SPECIAL_ANI, null, "anis.csv", new byte[0]);

        assertThat(line(SERVER.lastRequest())).isEqualTo("POST " + PATH + "/upload?type=S-ANI");
    }

    @Test
    void aFileHoldingTheBoundaryIsRefusedBeforeSending() {
        byte[] file = ("x--" + MultipartFile.BOUNDARY).getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> anis.upload("~", GROUP, GATE, SpecialAniType.THROTTLE, null, "x.csv", file))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("boundary");
        assertThat(SERVER.requests()).isEmpty();
    }
}
