package io.quarkiverse.engagevoice.client.api.queues;

import static io.quarkiverse.engagevoice.client.api.queues.QueueWire.GATE;
import static io.quarkiverse.engagevoice.client.api.queues.QueueWire.GATE_PATH;
import static io.quarkiverse.engagevoice.client.api.queues.QueueWire.GROUP;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertBodiless;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertJsonBody;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.model.queues.GateDisposition;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** The dispositions of a queue ({@link GateDispositionsApi}). */
class GateDispositionsWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String PATH = GATE_PATH + "/dispositions";
    private static final String SALE = """
            {"gateDispositionId":61,"disposition":"Sale","isComplete":true,\
            "isContact":true,"isSuccess":true,"isDefault":false,"requireNote":false,"rank":0,\
            "isRequeued":0,"xfer":0,"destCampaign":{"campaignId":6101,"campaignName":"Upsell"},\
            "emailTemplate":null}""";
    private static final String CALLBACK = """
            {"gateDispositionId":62,"disposition":"Call back",\
            "isComplete":false,"isRequeued":1,"requeueDelay":3600,"rank":1}""";

    private GateDispositionsApi dispositions;

    @BeforeEach
    void client() {
        dispositions = WireTests.client(SERVER).api(GateDispositionsApi.class);
    }

    @Test
    void dispositionsAreListedReadAndMapped() {
        SERVER.enqueue(Answer.json(200, "[" + SALE + "," + CALLBACK + "]"));
        SERVER.enqueue(Answer.json(200, SALE));

        List<GateDisposition> all = dispositions.list("~", GROUP, GATE);
        GateDisposition sale = dispositions.get("~", GROUP, GATE, 61);

        assertThat(lines(SERVER)).containsExactly("GET " + PATH, "GET " + PATH + "/61");
        assertBodiless(SERVER.lastRequest());
        assertThat(all).extracting(GateDisposition::getDisposition).containsExactly("Sale", "Call back");
        assertThat(all.get(1).getIsRequeued()).isEqualTo(1);
        assertThat(all.get(1).getRequeueDelay()).isEqualTo(3600);
        assertThat(sale.getIsSuccess()).isTrue();
        assertThat(sale.getDestCampaign().getCampaignId()).isEqualTo(6101);
        assertThat(sale.getXfer()).isEqualTo("0"); // a string in the OpenAPI file, a number on this wire
        assertThat(sale.getEmailTemplate()).isNull();
        assertThat(sale).hasToString("GateDisposition[61, Sale]");
    }

    @Test
    void aDispositionIsCreatedChangedAndDeleted() {
        SERVER.enqueue(Answer.json(201, """
                {"gateDispositionId":63,"disposition":"Wrong number",\
                "doNotCall":true,"isDefault":false}"""));
        SERVER.enqueue(Answer.json(200, """
                {"gateDispositionId":63,"disposition":"Wrong number",\
                "requireNote":true}"""));
        SERVER.enqueue(Answer.text(200, "true"));
        GateDisposition wanted = GateDisposition.named("Wrong number");
        wanted.setDoNotCall(true);
        GateDisposition changes = new GateDisposition();
        changes.setRequireNote(true);

        GateDisposition created = dispositions.create("~", GROUP, GATE, wanted);
        GateDisposition changed = dispositions.update("~", GROUP, GATE, 63, changes);
        boolean deleted = dispositions.delete("~", GROUP, GATE, 63);

        assertThat(lines(SERVER)).containsExactly("POST " + PATH, "PUT " + PATH + "/63", "DELETE " + PATH + "/63");
        assertJsonBody(SERVER.requests().get(0), "{\"disposition\":\"Wrong number\",\"doNotCall\":true}");
        assertJsonBody(SERVER.requests().get(1), "{\"requireNote\":true}");
        assertBodiless(SERVER.requests().get(2));
        assertThat(created.getGateDispositionId()).isEqualTo(63);
        assertThat(created.getDoNotCall()).isTrue();
        assertThat(changed.getRequireNote()).isTrue();
        assertThat(deleted).isTrue();
    }

    @Test
    void theWholeListIsSavedInOneRequest() {
        SERVER.enqueue(Answer.json(201, "[" + SALE + "," + CALLBACK + "]"));
        GateDisposition sale = GateDisposition.named("Sale");
        sale.setGateDispositionId(61);
        sale.setRank(0);
        GateDisposition callback = GateDisposition.named("Call back");
        callback.setRank(1);

        List<GateDisposition> saved = dispositions.saveAll("~", GROUP, GATE, List.of(sale, callback));

        assertThat(lines(SERVER)).containsExactly("PUT " + PATH);
        assertJsonBody(SERVER.lastRequest(), """
                [{"gateDispositionId":61,"disposition":"Sale","rank":0},\
                {"disposition":"Call back","rank":1}]""");
        assertThat(saved).extracting(GateDisposition::getGateDispositionId).containsExactly(61, 62);
    }
}
