package io.quarkiverse.engagevoice.client.api.reporting;

import static io.quarkiverse.engagevoice.client.api.reporting.ReportingWire.CX;
import static io.quarkiverse.engagevoice.client.api.reporting.ReportingWire.RC_ACCOUNT;
import static io.quarkiverse.engagevoice.client.api.reporting.ReportingWire.SUB_ACCOUNT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.json;
import static io.quarkiverse.engagevoice.client.testing.WireTests.line;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.error.RateLimitedException;
import io.quarkiverse.engagevoice.client.error.ResourceNotFoundException;
import io.quarkiverse.engagevoice.client.model.reporting.AgentQueueStats;
import io.quarkiverse.engagevoice.client.model.reporting.AgentStats;
import io.quarkiverse.engagevoice.client.model.reporting.AggregatedStatsRequest;
import io.quarkiverse.engagevoice.client.model.reporting.InteractionMetadataRequest;
import io.quarkiverse.engagevoice.client.model.reporting.InteractionSegment;
import io.quarkiverse.engagevoice.client.model.reporting.QueueStats;
import io.quarkiverse.engagevoice.client.model.reporting.Transcript;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/**
 * The public integration API's reports: interaction metadata, recordings, transcripts and aggregated statistics, with
 * their {@code YYYY-MM-DD HH:mm:ss} + zone name dates.
 */
class InteractionReportsWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final ZoneId EASTERN = ZoneId.of("US/Eastern");
    private static final String DIALOG = "s-v-93bd0e6f0f0a479ea8025fe8f8ec3e1d-1721690897808";
    private static final String SEGMENT = "p-v-93bd0e6f0f0a479ea8025fe8f8ec3e1d-1721690897808-190dcc63d90ab";

    private static final String SEGMENTS = """
            [{"subAccountId":"99999999","dialogId":"%s","interactionId":"202407221928172035020000000572",
              "channelId":"2013770791","channelType":"VOICE","channelClass":"VOICE",
              "channelEndpointAddress":"7312066731","contactEndpointAddress":"2013770791",
              "dialogOrigination":"INBOUND","dialogStartTimeMs":"2024-07-22T11:24:40.000Z",
              "dialogEndTimeMs":"2024-07-22T11:24:47.000Z","dialogDurationMs":7000,"segmentId":"%s",
              "segmentType":"AGENT","segmentParticipantId":"449438","segmentParticipantRcExtensionId":"985901004",
              "segmentStartTimeMs":"2024-07-22T11:24:40.000Z","segmentEndTimeMs":"2024-07-22T11:24:47.000Z",
              "segmentDurationMs":7000,"segmentAgentGroupId":"76873","systemDisposition":"ANSWER",
              "agentDisposition":"Success","agentNotes":"requeue to others","hasRecording":true,"hasTranscript":true,
              "segmentEvents":[{"eventTimeMs":"2024-07-22T11:24:40.000Z","clientEventTimeMs":"2024-07-22T11:24:40.000Z",
                                "eventType":"REC_START"}],
              "newField":"kept"},
             {"subAccountId":"99999999","dialogId":"d-672dbaf7c211050006e056e1-1731050231731","channelClass":"DIGITAL",
              "channelType":"EMAIL","segmentId":"d-672dbaf7c211050006e056e1-1731050231731-1930aa2600f99",
              "systemDisposition":null,"hasRecording":false,"hasTranscript":true,"segmentEvents":null}]
            """.formatted(DIALOG, SEGMENT);

    private final EngageVoiceClient client = WireTests.client(SERVER);
    private final InteractionsApi interactions = client.api(InteractionsApi.class);
    private final AggregatedStatsApi stats = client.api(AggregatedStatsApi.class);

    @Test
    void interactionMetadataPostsTheWindowAsALocalDateTimeSecondsAndAZoneName() {
        SERVER.enqueue(Answer.json(200, SEGMENTS));

        List<InteractionSegment> segments = interactions.interactionMetadata(RC_ACCOUNT, SUB_ACCOUNT,
                InteractionMetadataRequest.window(LocalDateTime.of(2021, 2, 28, 8, 27, 15, 999_000_000),
                        Duration.ofMinutes(30), EASTERN));

        Request sent = SERVER.lastRequest();
        assertThat(line(sent)).isEqualTo("POST " + CX + "/interaction-metadata");
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        assertThat(json(sent.body())).isEqualTo(
                json("{\"segmentEndTime\":\"2021-02-28 08:27:15\",\"timeInterval\":1800,\"timeZone\":\"US/Eastern\"}"));

        assertThat(segments).hasSize(2);
        InteractionSegment voice = segments.get(0);
        assertThat(voice.getDialogId()).isEqualTo(DIALOG);
        assertThat(voice.getSegmentId()).isEqualTo(SEGMENT);
        assertThat(voice.getInteractionId()).isEqualTo("202407221928172035020000000572");
        assertThat(voice.getChannelClass()).isEqualTo("VOICE");
        assertThat(voice.getDialogOrigination()).isEqualTo("INBOUND");
        assertThat(voice.getDialogStartTimeMs().toInstant()).isEqualTo(Instant.parse("2024-07-22T11:24:40Z"));
        assertThat(voice.getSegmentEndTimeMs().toInstant()).isEqualTo(Instant.parse("2024-07-22T11:24:47Z"));
        assertThat(voice.getSegmentDurationMs()).isEqualTo(7000L);
        assertThat(voice.getSegmentParticipantRcExtensionId()).isEqualTo("985901004");
        assertThat(voice.getSystemDisposition()).isEqualTo("ANSWER");
        assertThat(voice.getHasRecording()).isTrue();
        assertThat(voice.getSegmentEvents()).singleElement().satisfies(e -> {
            assertThat(e.getEventType()).isEqualTo("REC_START");
            assertThat(e.getEventTimeMs().toInstant()).isEqualTo(Instant.parse("2024-07-22T11:24:40Z"));
        });
        assertThat(voice.otherProperties()).containsEntry("newField", "kept");
        assertThat(voice.toString()).contains(DIALOG, SEGMENT).doesNotContain("7312066731", "2013770791", "requeue");
        assertThat(segments.get(1).getSegmentEvents()).isNull();
        assertThat(segments.get(1).getHasRecording()).isFalse();
    }

    @Test
    void theWindowIsCheckedBeforeARateLimitedCallIsSpent() {
        LocalDateTime from = LocalDateTime.of(2026, 3, 2, 9, 0);

        assertThatThrownBy(() -> InteractionMetadataRequest.window(from, Duration.ofHours(3).plusSeconds(1), EASTERN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 hours");
        assertThatThrownBy(() -> InteractionMetadataRequest.window(from, Duration.ZERO, EASTERN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InteractionMetadataRequest.window(from, Duration.ofHours(1), ZoneOffset.ofHours(-5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zone name");
        assertThat(InteractionMetadataRequest.window(from, Duration.ofHours(3), ZoneId.of("UTC")).getTimeInterval())
                .isEqualTo(10800);
        assertThat(SERVER.requests()).isEmpty();
    }

    @Test
    void theRateLimitAnswerIsARateLimitedException() {
        SERVER.enqueue(Answer.text(429, "Too Many Requests").withHeader("Retry-After", "60"));

        RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
                () -> interactions.interactionMetadata(RC_ACCOUNT, SUB_ACCOUNT, InteractionMetadataRequest
                        .window(LocalDateTime.of(2026, 3, 2, 9, 0), Duration.ofHours(1), EASTERN)));

        assertThat(e.status()).isEqualTo(429);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(60));
    }

    @Test
    void aRecordingIsStreamedAsWavAudio() throws IOException {
        byte[] riff = "RIFF\u0024\u0000\u0000\u0000WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1);
        SERVER.enqueue(new Answer(200, "audio/wav", new String(riff, StandardCharsets.UTF_8), java.util.Map.of()));

        byte[] audio;
        try (InputStream in = interactions.recording(RC_ACCOUNT, SUB_ACCOUNT, DIALOG, SEGMENT)) {
            audio = in.readAllBytes();
        }

        Request sent = SERVER.lastRequest();
        assertThat(line(sent)).isEqualTo("GET " + CX + "/recordings/dialogs/" + DIALOG + "/segments/" + SEGMENT);
        assertThat(sent.header("Accept")).contains("audio/wav");
        assertThat(sent.body()).isEmpty();
        assertThat(new String(audio, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(audio, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WAVE");
    }

    @Test
    void aMissingRecordingIsNotFound() {
        SERVER.enqueue(Answer.json(404, """
                {"generalMessage":"The resource you have requested does not exist",\
                "details":"","requestUri":"/voice/api/cx/... - GET","timestamp":1611847650696}"""));

        ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
                () -> interactions.recording(RC_ACCOUNT, SUB_ACCOUNT, DIALOG, SEGMENT));

        assertThat(e.status()).isEqualTo(404);
        assertThat(e.serverMessage()).contains("The resource you have requested does not exist");
    }

    @Test
    void aTranscriptIsReadForASegmentFoundInTheMetadata() {
        SERVER.enqueue(Answer.json(200, SEGMENTS));
        SERVER.enqueue(Answer.json(200, """
                {"channelClass":"VOICE","errorCode":null,"errorMessage":null,"transcript":[
                  {"message":"Hello, how can I help?","participantId":"p-1","participantType":"agent",
                   "rcUserId":"665127314","participantName":"Alice","timestamp":"1721651880000"},
                  {"message":"My bill is wrong","participantId":"p-2","participantType":"contact","rcUserId":null,
                   "timestamp":"1721651885000"}]}
                """));

        InteractionSegment segment = interactions.interactionMetadata(RC_ACCOUNT, SUB_ACCOUNT,
                InteractionMetadataRequest.window(LocalDateTime.of(2024, 7, 22, 7, 0), Duration.ofHours(1), EASTERN))
                .get(0);
        Transcript transcript = interactions.transcript(RC_ACCOUNT, segment);

        assertThat(line(SERVER.lastRequest()))
                .isEqualTo("GET " + CX + "/transcripts/dialogs/" + DIALOG + "/segments/" + SEGMENT);
        assertThat(transcript.isError()).isFalse();
        assertThat(transcript.getChannelClass()).isEqualTo("VOICE");
        assertThat(transcript.getTranscript()).hasSize(2);
        assertThat(transcript.getTranscript().get(0).getMessage()).isEqualTo("Hello, how can I help?");
        assertThat(transcript.getTranscript().get(0).getRcUserId()).isEqualTo("665127314");
        assertThat(transcript.getTranscript().get(1).getTimestamp().toInstant())
                .isEqualTo(Instant.ofEpochMilli(1721651885000L));
        assertThat(transcript.toString()).contains("2 phrases").doesNotContain("bill");
        assertThat(transcript.getTranscript().get(1).toString()).contains("contact").doesNotContain("bill");
    }

    @Test
    void aTranscriptAnswerMayCarryAnErrorInsteadOfPhrases() {
        SERVER.enqueue(Answer.json(200,
                "{\"channelClass\":\"VOICE\",\"errorCode\":\"TRANSCRIPT_NOT_FOUND\",\"errorMessage\":\"not ready\"}"));

        Transcript transcript = interactions.transcript(RC_ACCOUNT, SUB_ACCOUNT, DIALOG, SEGMENT);

        assertThat(transcript.isError()).isTrue();
        assertThat(transcript.getErrorMessage()).isEqualTo("not ready");
        assertThat(transcript.getTranscript()).isNull();
    }

    @Test
    void queueStatisticsPostTheStartEndBucketAndZone() {
        SERVER.enqueue(Answer.json(200, """
                [{"abandIxnCnt":0,"abandShortIxnCnt":0,"abandWithinSlCnt":0,"ansServicelevelCnt":0,"answIxnCnt":3,
                  "completedContacts":122,"dateTimeFrom":"03-04-2024T01:00:00","interval":60,"offdDirectIxnCnt":3,
                  "overflowInIxnCnt":0,"overflowOutIxnCnt":0,"queue":5686,"queuedAbandLongestQueDur":0,
                  "queuedAndAbandIxnDur":0,"queuedAndAnswIxnDur":9,"queuedAnswLongestQueDur":1,"queueName":"Queue",
                  "segmentHoldTime":512000,"talkingIxnDur":50,"waitDur":7,"wrapUpDur":2}]
                """));

        List<QueueStats> rows = stats.queueStats(RC_ACCOUNT, SUB_ACCOUNT, AggregatedStatsRequest.between(
                LocalDateTime.of(2026, 3, 2, 9, 0), LocalDateTime.of(2026, 3, 2, 12, 0), Duration.ofMinutes(30),
                EASTERN));

        Request sent = SERVER.lastRequest();
        assertThat(line(sent)).isEqualTo("POST " + CX + "/agg-queue-stats");
        assertThat(json(sent.body())).isEqualTo(json("""
                {"startDate":"2026-03-02 09:00:00",\
                "endDate":"2026-03-02 12:00:00","timeInterval":1800,"timeZone":"US/Eastern"}"""));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.getQueue()).isEqualTo(5686);
            assertThat(r.getQueueName()).isEqualTo("Queue");
            assertThat(r.getDateTimeFrom()).isEqualTo("03-04-2024T01:00:00");
            assertThat(r.getInterval()).isEqualTo(60);
            assertThat(r.getAnswIxnCnt()).isEqualTo(3);
            assertThat(r.getCompletedContacts()).isEqualTo(122);
            assertThat(r.getQueuedAndAnswIxnDur()).isEqualTo(9);
            assertThat(r.getSegmentHoldTime()).isEqualTo(512000);
        });
    }

    @Test
    void agentAndExtendedAgentStatisticsUseTheirOwnPaths() {
        SERVER.enqueue(Answer.json(200, """
                [{"interval":60,"dateTimeFrom":"03-04-2024T08:00:00","agentId":33,"agentName":"number, test",
                  "availDur":3376,"totWorkDur":3376,"pauseDur":900,"waitDur":2476,"adminDur":0,"directOutIxnCnt":1,
                  "directOutIxnDur":20,"directInIxnCnt":2,"directInIxnDur":40}]
                """));
        SERVER.enqueue(Answer.json(200, """
                [{"interval":60,"dateTimeFrom":"03-04-2024T05:00:00","agentId":1,"agentName":"test number",
                  "queue":5682,"queueName":"Queue","talkingIxnDur":56,"wrapUpDur":0,"answIxnCnt":1,
                  "transferOutIxnCnt":4}]
                """));
        AggregatedStatsRequest hour = AggregatedStatsRequest.between(LocalDateTime.of(2024, 3, 4, 8, 0),
                LocalDateTime.of(2024, 3, 4, 9, 0), Duration.ofHours(1), ZoneId.of("UTC"));

        List<AgentStats> agents = stats.agentStats(RC_ACCOUNT, SUB_ACCOUNT, hour);
        List<AgentQueueStats> agentQueues = stats.agentQueueStats(RC_ACCOUNT, SUB_ACCOUNT, hour);

        assertThat(lines(SERVER)).containsExactly(
                "POST " + CX + "/agg-agent-stats", "POST " + CX + "/agg-agent-extended-stats");
        assertThat(SERVER.requests()).extracting(r -> json(r.body())).containsOnly(json("""
                {"startDate":\
                "2024-03-04 08:00:00","endDate":"2024-03-04 09:00:00","timeInterval":3600,\
                "timeZone":"UTC"}"""));
        assertThat(agents).singleElement().satisfies(a -> {
            assertThat(a.getAgentId()).isEqualTo(33);
            assertThat(a.getAvailDur()).isEqualTo(3376);
            assertThat(a.getPauseDur()).isEqualTo(900);
            assertThat(a.getDirectInIxnDur()).isEqualTo(40);
            assertThat(a.toString()).contains("33").doesNotContain("number");
        });
        assertThat(agentQueues).singleElement().satisfies(a -> {
            assertThat(a.getQueue()).isEqualTo(5682);
            assertThat(a.getTalkingIxnDur()).isEqualTo(56);
            assertThat(a.getTransferOutIxnCnt()).isEqualTo(4);
        });
    }

    @Test
    void thePeriodIsCheckedBeforeARateLimitedCallIsSpent() {
        LocalDateTime nine = LocalDateTime.of(2026, 3, 2, 9, 0);

        assertThatThrownBy(() -> AggregatedStatsRequest.between(nine, nine.plusHours(3).plusMinutes(1),
                Duration.ofMinutes(30), EASTERN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 hours");
        assertThatThrownBy(() -> AggregatedStatsRequest.between(nine, nine.minusHours(1), Duration.ofMinutes(30),
                EASTERN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AggregatedStatsRequest.between(nine, nine.plusHours(1), Duration.ZERO, EASTERN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AggregatedStatsRequest.between(nine, nine.plusHours(1), Duration.ofMinutes(15),
                ZoneOffset.UTC)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SERVER.requests()).isEmpty();
    }

    @Test
    void aRequestBuiltByHandIsSentAsSetAndReadBack() throws Exception {
        AggregatedStatsRequest manual = new AggregatedStatsRequest();
        manual.setStartDate(LocalDateTime.of(2026, 1, 5, 23, 30, 5));
        manual.setTimeZone(ZoneId.of("Europe/Paris"));
        manual.setOutputFormat(AggregatedStatsRequest.OutputFormat.CSV);
        SERVER.enqueue(Answer.json(200, "[]"));

        List<QueueStats> rows = stats.queueStats(RC_ACCOUNT, SUB_ACCOUNT, manual);
        AggregatedStatsRequest read = new com.fasterxml.jackson.databind.ObjectMapper()
                .readValue(SERVER.lastRequest().body(), AggregatedStatsRequest.class);

        assertThat(rows).isEmpty();
        assertThat(json(SERVER.lastRequest().body())).isEqualTo(json(
                "{\"startDate\":\"2026-01-05 23:30:05\",\"timeZone\":\"Europe/Paris\",\"outputFormat\":\"CSV\"}"));
        assertThat(read.getStartDate()).isEqualTo(LocalDateTime.of(2026, 1, 5, 23, 30, 5));
        assertThat(read.getTimeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(read.getOutputFormat()).isEqualTo(AggregatedStatsRequest.OutputFormat.CSV);
    }
}
