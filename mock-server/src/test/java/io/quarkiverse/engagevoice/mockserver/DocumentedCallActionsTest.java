package io.quarkiverse.engagevoice.mockserver;

import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.*;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorSeed.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/** The active-call actions the developer guide documents and no OpenAPI file lists: ping, hold, requeue, hang-up by id. */
class DocumentedCallActionsTest {

    private static final String SALES = "/voice/api/v1/admin/accounts/" + SALES_ACCOUNT_ID;
    private static final String INBOUND = SALES + "/activeCalls/" + CALL_INBOUND_SALES;

    @RegisterExtension
    static final SimulatorFixture SIM = SimulatorFixture.current();

    private final TestHttp http = SIM.http();

    @Test
    void aLiveCallAnswersPingAndHoldWithTextTrue() {
        TestHttp.Response ping = http.post(INBOUND + "/pingCall").apiToken(API_TOKEN).send();
        assertThat(ping.status()).isEqualTo(200);
        assertThat(ping.contentType()).startsWith("text/plain");
        assertThat(ping.body()).isEqualTo("true");

        assertThat(http.post(INBOUND + "/toggleCallHold?state=ON").apiToken(API_TOKEN).send().body())
                .isEqualTo("true");
        assertThat(http.post(INBOUND + "/toggleCallHold?state=OFF").apiToken(API_TOKEN).send().body())
                .isEqualTo("true");
        assertThat(http.post(INBOUND + "/toggleCallHold?state=MAYBE").apiToken(API_TOKEN).send().status())
                .isEqualTo(400);
        assertThat(http.post(INBOUND + "/toggleCallHold").apiToken(API_TOKEN).send().status()).isEqualTo(400);
    }

    @Test
    void anEndedCallIsNoLongerAddressable() {
        http.post(INBOUND + "/hangupCall").apiToken(API_TOKEN).send();

        assertThat(http.post(INBOUND + "/pingCall").apiToken(API_TOKEN).send().status()).isEqualTo(404);
        assertThat(http.post(INBOUND + "/toggleCallHold?state=ON").apiToken(API_TOKEN).send().status())
                .isEqualTo(404);
        assertThat(http.post(SALES + "/activeCalls/000/pingCall").apiToken(API_TOKEN).send().status())
                .isEqualTo(404);
    }

    @Test
    void aRequeuedCallWaitsInItsNewQueueWithoutItsAgent() {
        TestHttp.Response requeued = http.post(INBOUND + "/requeueCall?gateId=" + GATE_SALES_SPANISH)
                .apiToken(API_TOKEN).send();

        assertThat(requeued.body()).isEqualTo("true");
        JsonNode spanish = http.get(SALES + "/activeCalls/list?product=ACD&productId=" + GATE_SALES_SPANISH)
                .apiToken(API_TOKEN).send().json();
        assertThat(uiis(spanish)).containsExactly(CALL_INBOUND_SALES);
        assertThat(spanish.get(0).get("callState").asText()).isEqualTo("QUEUED");
        assertThat(uiis(http.get(SALES + "/activeCalls/list?product=AGENT&productId=" + AGENT_ALICE)
                .apiToken(API_TOKEN).send().json())).isEmpty();
    }

    @Test
    void aRequeueNeedsAQueueOfTheAccount() {
        assertThat(http.post(INBOUND + "/requeueCall").apiToken(API_TOKEN).send().status()).isEqualTo(400);
        assertThat(http.post(INBOUND + "/requeueCall?gateId=" + GATE_SUPPORT_MAIN).apiToken(API_TOKEN).send()
                .status()).isEqualTo(404);
    }

    @Test
    void aSessionIsHungUpOnceByItsId() {
        // the simulator names a call's sessions <uii>-1 (the caller) and <uii>-2 (the agent)
        String agentSession = CALL_INBOUND_SALES + "-2";

        assertThat(http.post(INBOUND + "/hangupSessionById?sessionId=" + agentSession).apiToken(API_TOKEN).send()
                .body()).isEqualTo("true");
        assertThat(http.post(INBOUND + "/hangupSessionById?sessionId=" + agentSession).apiToken(API_TOKEN).send()
                .body()).isEqualTo("false");
        assertThat(http.post(INBOUND + "/hangupSessionById").apiToken(API_TOKEN).send().status()).isEqualTo(400);
    }

    @Test
    void theActionsNeedAuthentication() {
        assertThat(http.post(INBOUND + "/pingCall").send().status()).isEqualTo(401);
    }

    private static List<String> uiis(JsonNode calls) {
        List<String> uiis = new ArrayList<>();
        calls.forEach(call -> uiis.add(call.get("uii").asText()));
        return uiis;
    }
}
