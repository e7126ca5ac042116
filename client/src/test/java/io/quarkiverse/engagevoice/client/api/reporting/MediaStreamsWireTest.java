package io.quarkiverse.engagevoice.client.api.reporting;

import static io.quarkiverse.engagevoice.client.api.reporting.ReportingWire.CX;
import static io.quarkiverse.engagevoice.client.api.reporting.ReportingWire.RC_ACCOUNT;
import static io.quarkiverse.engagevoice.client.api.reporting.ReportingWire.SUB_ACCOUNT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.json;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.model.reporting.AudioStreamProperties;
import io.quarkiverse.engagevoice.client.model.reporting.MediaStreamRequest;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** Dialog and segment media streams: started with their receiver, stopped by id. */
class MediaStreamsWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String DIALOG = "d-65f286b0ee1c4900074c1bb2-1710393008514";
    private static final String SEGMENT = "d-668cf767a626550007d021f6-668cf767a626550007d021f5";
    private static final String STREAM_TOKEN = "stream-token-9b2f";

    private final MediaStreamsApi streams = WireTests.client(SERVER).api(MediaStreamsApi.class);

    @BeforeEach
    void answerEmptyByDefault() {
        SERVER.answerByDefault(new Answer(200, null, null, java.util.Map.of()));
    }

    @Test
    void aDialogStreamIsStartedWithItsReceiverAndAudioFormatThenStopped() {
        MediaStreamRequest request = MediaStreamRequest.to("stream-1", "wss://media.example.com/in", STREAM_TOKEN)
                .audio(AudioStreamProperties.of("PCMU", 8000, 20));

        streams.startDialogStream(RC_ACCOUNT, SUB_ACCOUNT, DIALOG, request);
        streams.stopDialogStream(RC_ACCOUNT, SUB_ACCOUNT, DIALOG, "stream-1");

        assertThat(lines(SERVER)).containsExactly(
                "POST " + CX + "/dialogs/" + DIALOG + "/streams",
                "DELETE " + CX + "/dialogs/" + DIALOG + "/streams/stream-1");
        assertThat(SERVER.requests().get(0).header("Content-Type")).startsWith("application/json");
        assertThat(json(SERVER.requests().get(0).body())).isEqualTo(json("""
                {"streamId":"stream-1","url":\
                "wss://media.example.com/in","token":"%s","properties":{"encoding":\
                "PCMU","rate":8000,"ptime":20}}""".formatted(STREAM_TOKEN)));
        assertThat(SERVER.requests().get(1).body()).isEmpty();
        assertThat(request.toString()).contains("stream-1").doesNotContain(STREAM_TOKEN);
    }

    @Test
    void aSegmentStreamIsStartedAndStoppedUnderItsSegment() {
        streams.startSegmentStream(RC_ACCOUNT, SUB_ACCOUNT, DIALOG, SEGMENT,
                MediaStreamRequest.to("stream-2", "wss://media.example.com/in", STREAM_TOKEN));
        streams.stopSegmentStream(RC_ACCOUNT, SUB_ACCOUNT, DIALOG, SEGMENT, "stream-2");

        assertThat(lines(SERVER)).containsExactly(
                "POST " + CX + "/dialogs/" + DIALOG + "/segments/" + SEGMENT + "/streams",
                "DELETE " + CX + "/dialogs/" + DIALOG + "/segments/" + SEGMENT + "/streams/stream-2");
        assertThat(json(SERVER.requests().get(0).body())).isEqualTo(json("""
                {"streamId":"stream-2","url":\
                "wss://media.example.com/in","token":"%s"}""".formatted(STREAM_TOKEN)));
    }
}
