package io.quarkiverse.engagevoice.client.api.reporting;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNT_ID;
import static io.quarkiverse.engagevoice.client.testing.WireTests.API_TOKEN;
import static io.quarkiverse.engagevoice.client.testing.WireTests.ROOT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.model.reporting.HoldState;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** The documented-only active-call actions (ping, hold, requeue, session hang-up by id) on the wire. */
class ActiveCallActionsWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String CALLS = ROOT + "/v1/admin/accounts/" + ACCOUNT_ID + "/activeCalls";
    private static final String UII = "202405081440470130000001";

    private final ActiveCallActionsApi calls = WireTests.client(SERVER).api(ActiveCallActionsApi.class);

    @Test
    void aPingIsAnEmptyPostThatReadsTheTextAnswer() {
        SERVER.enqueue(Answer.text(200, "true"));

        boolean kept = calls.pingCall("~", UII);

        Request sent = SERVER.lastRequest();
        assertThat(kept).isTrue();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.rawPath()).isEqualTo(CALLS + "/" + UII + "/pingCall");
        assertThat(sent.queryParams()).isEmpty();
        assertThat(sent.body()).isEmpty();
        assertThat(sent.header("X-Auth-Token")).isEqualTo(API_TOKEN);
        assertThat(sent.header("Accept")).contains("text/plain");
    }

    @Test
    void holdIsSentAsOnOrOff() {
        SERVER.enqueue(Answer.text(200, "true")).enqueue(Answer.text(200, "false")).enqueue(Answer.text(200, "true"));

        assertThat(calls.toggleCallHold("~", UII, HoldState.ON)).isTrue();
        assertThat(calls.toggleCallHold("~", UII, false)).isFalse();
        assertThat(calls.toggleCallHold("~", UII, true)).isTrue();

        assertThat(lines(SERVER)).containsExactly(
                "POST " + CALLS + "/" + UII + "/toggleCallHold?state=ON",
                "POST " + CALLS + "/" + UII + "/toggleCallHold?state=OFF",
                "POST " + CALLS + "/" + UII + "/toggleCallHold?state=ON");
    }

    @Test
    void aRequeueNamesTheQueueAndASessionHangUpItsId() {
        SERVER.enqueue(Answer.json(200, "true")).enqueue(Answer.text(200, "true"));

        boolean requeued = calls.requeueCall("~", UII, 4301);
        boolean hungUp = calls.hangupSessionById("~", UII, "s-17");

        assertThat(requeued).isTrue();
        assertThat(hungUp).isTrue();
        assertThat(lines(SERVER)).containsExactly(
                "POST " + CALLS + "/" + UII + "/requeueCall?gateId=4301",
                "POST " + CALLS + "/" + UII + "/hangupSessionById?sessionId=s-17");
        assertThat(SERVER.lastRequest().queryParams()).isEqualTo(Map.of("sessionId", List.of("s-17")));
        assertThat(SERVER.lastRequest().body()).isEmpty();
    }
}
