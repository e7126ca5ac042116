package io.quarkiverse.engagevoice.client.api.reporting;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNT_ID;
import static io.quarkiverse.engagevoice.client.testing.WireTests.API_TOKEN;
import static io.quarkiverse.engagevoice.client.testing.WireTests.ROOT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.line;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.error.RateLimitedException;
import io.quarkiverse.engagevoice.client.model.reporting.CallSessionType;
import io.quarkiverse.engagevoice.client.model.reporting.PrerouteCheckStatus;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** Manual calls, supervisor sessions, recording control and pre-route checks on the wire. */
class ActiveCallControlWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String CALLS = ROOT + "/v1/admin/accounts/" + ACCOUNT_ID + "/activeCalls";
    private static final String UII = "202405081440470130000001";

    private final ActiveCallControlApi calls = WireTests.client(SERVER).api(ActiveCallControlApi.class);

    @Test
    void aManualAgentCallSendsEveryParameterInTheQueryAndReadsTheTextAnswer() {
        SERVER.enqueue(Answer.text(200, "true"));

        boolean placed = calls.createManualAgentCall("~", "alice@example.com", "+1 650 555 0111", 30, "8005550100");

        Request sent = SERVER.lastRequest();
        assertThat(placed).isTrue();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.rawPath()).isEqualTo(CALLS + "/createManualAgentCall");
        assertThat(sent.queryParams()).isEqualTo(Map.of("username", List.of("alice@example.com"),
                "destination", List.of("+1 650 555 0111"), "ringDuration", List.of("30"),
                "callerId", List.of("8005550100")));
        assertThat(sent.rawQuery()).doesNotContain(" ").contains("%2B1");
        assertThat(sent.body()).isEmpty();
        assertThat(sent.header("X-Auth-Token")).isEqualTo(API_TOKEN);
        assertThat(sent.header("Accept")).contains("text/plain");
    }

    @Test
    void aSupervisorSessionIsAddedWithItsTypeAndHungUpByItsPhone() {
        SERVER.enqueue(Answer.text(200, "true")).enqueue(Answer.text(200, "false"));

        boolean added = calls.addSession("~", UII, "6505550199", CallSessionType.COACHING);
        boolean hungUp = calls.hangupSession("~", UII, "6505550199");

        assertThat(added).isTrue();
        assertThat(hungUp).isFalse();
        assertThat(lines(SERVER)).containsExactly(
                "POST " + CALLS + "/" + UII + "/addSessionToCall?destination=6505550199&sessionType=COACHING",
                "POST " + CALLS + "/" + UII + "/hangupSession?phone=6505550199");
    }

    @Test
    void recordingIsToggledOnAndOff() {
        SERVER.enqueue(Answer.text(200, "true")).enqueue(Answer.text(200, "true"));

        assertThat(calls.toggleCallRecording("~", UII, false)).isTrue();
        assertThat(calls.toggleCallRecording(ACCOUNT_ID, UII, true)).isTrue();

        assertThat(lines(SERVER)).containsExactly(
                "POST " + CALLS + "/" + UII + "/toggleCallRecording?record=false",
                "POST " + CALLS + "/" + UII + "/toggleCallRecording?record=true");
    }

    @Test
    void theQueueStatusCheckSendsTheSnakeCaseNumberAndReadsTheReason() {
        SERVER.enqueue(Answer.json(200, "{\"status\":false,\"reason\":\"3 calls in queue, longest 95 s\"}"));

        PrerouteCheckStatus status = calls.checkQueueStatus("~", "8005550100", 60);

        assertThat(line(SERVER.lastRequest()))
                .isEqualTo("GET " + CALLS + "/prerouteChecks/checkQueueStatus?destination_number=8005550100&maxq=60");
        assertThat(SERVER.lastRequest().header("Accept")).isEqualTo("application/json");
        assertThat(status.isAvailable()).isFalse();
        assertThat(status.getReason()).isEqualTo("3 calls in queue, longest 95 s");
    }

    @Test
    void theQueueThresholdCheckLeavesOutWhatIsNotGiven() {
        SERVER.enqueue(Answer.json(200, "{\"status\":true}")).enqueue(Answer.json(200, "{\"status\":true}"));

        PrerouteCheckStatus defaults = calls.checkQueueThreshold("~", "8005550100", null, null);
        PrerouteCheckStatus given = calls.checkQueueThreshold("~", "8005550100", 5);
        calls.checkQueueStatus("~", "8005550100", 0, true);

        assertThat(defaults.isAvailable()).isTrue();
        assertThat(given.getStatus()).isTrue();
        assertThat(lines(SERVER)).containsExactly(
                "GET " + CALLS + "/prerouteChecks/checkQueueThreshold?destination_number=8005550100",
                "GET " + CALLS + "/prerouteChecks/checkQueueThreshold?destination_number=8005550100&maxCallsQueued=5",
                "GET " + CALLS + "/prerouteChecks/checkQueueStatus?destination_number=8005550100&maxq=0"
                        + "&phoneNumbersI18nEnabled=true");
    }

    @Test
    void excessCallsAreRateLimited() {
        SERVER.enqueue(Answer.text(429, "Too Many Requests"));

        RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
                () -> calls.toggleCallRecording("~", UII, true));

        assertThat(e.status()).isEqualTo(429);
        assertThat(e.getMessage()).doesNotContain(API_TOKEN);
    }
}
