package io.quarkiverse.engagevoice.client.api.reporting;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNT_ID;
import static io.quarkiverse.engagevoice.client.testing.WireTests.API_TOKEN;
import static io.quarkiverse.engagevoice.client.testing.WireTests.ROOT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.model.reporting.RealTimeAgentStats;
import io.quarkiverse.engagevoice.client.model.reporting.RealTimeChatStats;
import io.quarkiverse.engagevoice.client.model.reporting.RealTimeInboundStats;
import io.quarkiverse.engagevoice.client.model.reporting.RealTimeIvrStats;
import io.quarkiverse.engagevoice.client.model.reporting.RealTimeOutboundStats;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** The documented-only real-time snapshots on the wire: one GET each, typed answers, unknown fields kept. */
class RealTimeDataWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String REAL_TIME = ROOT + "/v1/admin/accounts/" + ACCOUNT_ID + "/realTimeData";

    private final RealTimeDataApi realTime = WireTests.client(SERVER).api(RealTimeDataApi.class);

    @Test
    void agentSessionsAreAGetWithNoQueryAndTypedStates() {
        SERVER.enqueue(Answer.json(200, """
                [{"agentId":2101,"subaccountId":"%s","username":"alice","agentState":"ON_CALL","stateTime":95,
                  "pendingDisposition":0,"callUii":"202405081440470130000001","gateId":4101,"callsHandled":7,
                  "totalTalkTime":1820,"lastUpdate":"2024-05-08T14:42:02.000+0000","wallboardColour":"red"}]"""
                .formatted(ACCOUNT_ID)));

        List<RealTimeAgentStats> agents = realTime.agents("~");

        Request sent = SERVER.lastRequest();
        assertThat(sent.method()).isEqualTo("GET");
        assertThat(sent.rawPath()).isEqualTo(REAL_TIME + "/agent");
        assertThat(sent.queryParams()).isEmpty();
        assertThat(sent.body()).isEmpty();
        assertThat(sent.header("Accept")).isEqualTo("application/json");
        assertThat(sent.header("X-Auth-Token")).isEqualTo(API_TOKEN);
        RealTimeAgentStats alice = agents.get(0);
        assertThat(alice.getAgentId()).isEqualTo(2101);
        assertThat(alice.getSubaccountId()).isEqualTo(ACCOUNT_ID);
        assertThat(alice.getAgentState()).isEqualTo("ON_CALL");
        assertThat(alice.getStateTime()).isEqualTo(95);
        assertThat(alice.getCallUii()).isEqualTo("202405081440470130000001");
        assertThat(alice.getTotalTalkTime()).isEqualTo(1820);
        assertThat(alice.getLastUpdate()).isEqualTo(OffsetDateTime.of(2024, 5, 8, 14, 42, 2, 0, ZoneOffset.UTC));
        assertThat(alice.otherProperties()).containsEntry("wallboardColour", "red");
    }

    @Test
    void inboundAndChatQueuesReadTheirLiveActivityAndDailyCounters() {
        SERVER.enqueue(Answer.json(200, """
                [{"gateId":4101,"gateName":"Sales Main","inQueue":3,"longestInQueue":95,"staffed":5,"available":0,
                  "slaPass":40,"slaFail":2,"totalQueueTime":6000000000}]"""))
                .enqueue(Answer.json(200, """
                        [{"chatQueueId":9101,"chatQueueName":"Web chat","inQueue":1,"totalChatTime":3600}]"""));

        RealTimeInboundStats sales = realTime.inbound(ACCOUNT_ID).get(0);
        RealTimeChatStats web = realTime.chat("~").get(0);

        assertThat(lines(SERVER)).containsExactly("GET " + REAL_TIME + "/inbound", "GET " + REAL_TIME + "/chat");
        assertThat(sales.getGateName()).isEqualTo("Sales Main");
        assertThat(sales.getInQueue()).isEqualTo(3);
        assertThat(sales.getLongestInQueue()).isEqualTo(95);
        assertThat(sales.getAvailable()).isZero();
        assertThat(sales.getSlaFail()).isEqualTo(2);
        assertThat(sales.getTotalQueueTime()).isEqualTo(6_000_000_000L);
        assertThat(web.getChatQueueId()).isEqualTo(9101);
        assertThat(web.getTotalChatTime()).isEqualTo(3600L);
    }

    @Test
    void campaignsAndIvrsReadTheirOutcomesAndTransfers() {
        SERVER.enqueue(Answer.json(200, """
                [{"campaignId":6101,"campaignName":"Spring Promotion","ready":120,"connects":50,"answer":35,
                  "machine":12,"dnc":1,"accountId":"%s"}]""".formatted(ACCOUNT_ID)))
                .enqueue(Answer.json(200, """
                        [{"visualIvrId":8101,"presented":200,"transferGate":60,"transferCloud":10,"transferTrac":5}]"""));

        RealTimeOutboundStats spring = realTime.outbound("~").get(0);
        RealTimeIvrStats ivr = realTime.ivr("~").get(0);

        assertThat(lines(SERVER)).containsExactly("GET " + REAL_TIME + "/outbound", "GET " + REAL_TIME + "/ivr");
        assertThat(spring.getCampaignName()).isEqualTo("Spring Promotion");
        assertThat(spring.getAnswer()).isEqualTo(35);
        assertThat(spring.getMachine()).isEqualTo(12);
        assertThat(spring.getAccountId()).isEqualTo(ACCOUNT_ID);
        assertThat(ivr.getPresented() - ivr.getTransferGate() - ivr.getTransferCloud() - ivr.getTransferTrac())
                .isEqualTo(125);
    }
}
