package io.quarkiverse.engagevoice.client.api.queues;

import static io.quarkiverse.engagevoice.client.api.queues.QueueWire.GATE;
import static io.quarkiverse.engagevoice.client.api.queues.QueueWire.GATE_PATH;
import static io.quarkiverse.engagevoice.client.api.queues.QueueWire.GROUP;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertBodiless;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertJsonBody;
import static io.quarkiverse.engagevoice.client.testing.WireTests.json;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.model.queues.GateQueueDtmfEvent;
import io.quarkiverse.engagevoice.client.model.queues.GateQueueEvent;
import io.quarkiverse.engagevoice.client.testing.OfficialFiles;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** The queue events of a queue ({@link GateQueueEventsApi}) and their DTMF events ({@link GateQueueDtmfEventsApi}). */
class GateQueueEventsWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String EVENTS = GATE_PATH + "/gateQueueEvents";
    private static final String DTMF = EVENTS + "/67882/gateQueueDtmfEvents";
    private static final String HOLD = """
            {"eventId":67882,"eventRank":0,\
            "queueEvent":"PLAY-AUDIO-LOOP:holdmusic",\
            "eventDuration":120,"enableDtmf":1}""";

    private GateQueueEventsApi events;
    private GateQueueDtmfEventsApi dtmf;

    @BeforeEach
    void client() {
        EngageVoiceClient client = WireTests.client(SERVER);
        events = client.api(GateQueueEventsApi.class);
        dtmf = client.api(GateQueueDtmfEventsApi.class);
    }

    @Test
    void theOfficialSampleMapsIntoQueueEvents() {
        String sample = OfficialFiles.sampleOrSkip("routing--queue-events-response.json");
        SERVER.enqueue(Answer.json(200, sample));

        List<GateQueueEvent> list = events.list("~", GROUP, GATE);

        assertThat(lines(SERVER)).containsExactly("GET " + EVENTS);
        assertBodiless(SERVER.lastRequest());
        assertThat(list).extracting(GateQueueEvent::getEventId).containsExactly(67882, 67883);
        assertThat(list).extracting(GateQueueEvent::getQueueEvent)
                .containsExactly("PLAY-AUDIO-LOOP:holdmusic", "END-CALL:true");
        assertThat(list).extracting(GateQueueEvent::getEventDuration).containsExactly(120, 0);
        assertThat(list).extracting(GateQueueEvent::getEnableDtmf).containsExactly(0, 0);
        GateQueueEvent hold = list.get(0);
        assertThat(hold.getGate().getGateId()).isEqualTo(73001);
        assertThat(hold.getGate().getCreatedOn()).isEqualTo(OffsetDateTime.parse("2020-05-18T19:22:12Z"));
        assertThat(hold).hasToString("GateQueueEvent[67882, PLAY-AUDIO-LOOP:holdmusic]");
    }

    @Test
    void aQueueEventIsCreatedReadChangedAndDeleted() {
        SERVER.enqueue(Answer.json(201, HOLD));
        SERVER.enqueue(Answer.json(200, HOLD));
        SERVER.enqueue(Answer.json(200, HOLD.replace("120", "90")));
        SERVER.enqueue(new Answer(200, null, null, java.util.Map.of()));
        GateQueueEvent wanted = GateQueueEvent.of("PLAY-AUDIO-LOOP:holdmusic", 120);
        wanted.setEnableDtmf(1);
        GateQueueEvent changes = new GateQueueEvent();
        changes.setEventDuration(90);

        GateQueueEvent created = events.create("~", GROUP, GATE, wanted);
        GateQueueEvent read = events.get("~", GROUP, GATE, 67882);
        GateQueueEvent changed = events.update("~", GROUP, GATE, 67882, changes);
        events.delete("~", GROUP, GATE, 67882);

        assertThat(lines(SERVER)).containsExactly("POST " + EVENTS, "GET " + EVENTS + "/67882",
                "PUT " + EVENTS + "/67882", "DELETE " + EVENTS + "/67882");
        assertJsonBody(SERVER.requests().get(0),
                "{\"queueEvent\":\"PLAY-AUDIO-LOOP:holdmusic\",\"eventDuration\":120,\"enableDtmf\":1}");
        assertJsonBody(SERVER.requests().get(2), "{\"eventDuration\":90}");
        assertBodiless(SERVER.requests().get(3));
        assertThat(created.getEventId()).isEqualTo(67882);
        assertThat(read.getEnableDtmf()).isEqualTo(1);
        assertThat(changed.getEventDuration()).isEqualTo(90);
    }

    @Test
    void theQueueEventSequenceIsSavedInOneRequest() {
        SERVER.enqueue(Answer.json(201, "[" + HOLD + """
                ,{"eventId":67884,"eventRank":1,\
                "queueEvent":"END-CALL:true","eventDuration":0}]"""));
        GateQueueEvent end = GateQueueEvent.of("END-CALL:true", 0);
        end.setEventRank(1);

        List<GateQueueEvent> saved = events.saveAll("~", GROUP, GATE,
                List.of(GateQueueEvent.of("PLAY-AUDIO-LOOP:holdmusic", 120), end));

        assertThat(lines(SERVER)).containsExactly("PUT " + EVENTS);
        assertJsonBody(SERVER.lastRequest(), """
                [{"queueEvent":"PLAY-AUDIO-LOOP:holdmusic","eventDuration":120},\
                {"queueEvent":"END-CALL:true","eventDuration":0,"eventRank":1}]""");
        assertThat(saved).extracting(GateQueueEvent::getEventId).containsExactly(67882, 67884);
    }

    @Test
    void theKeysOfAQueueEventAreManaged() {
        String press1 = "{\"dtmfEventId\":91,\"dtmf\":\"1\",\"dtmfEvent\":\"REQUEUE:4102\"}";
        SERVER.enqueue(Answer.json(201, press1));
        SERVER.enqueue(Answer.json(200, "[" + press1 + "]"));
        SERVER.enqueue(Answer.json(200, press1));
        SERVER.enqueue(Answer.json(200, press1.replace("4102", "4103")));
        SERVER.enqueue(Answer.json(201,
                "[" + press1 + ",{\"dtmfEventId\":92,\"dtmf\":\"#\",\"dtmfEvent\":\"END-CALL:true\"}]"));
        SERVER.enqueue(new Answer(204, null, null, java.util.Map.of()));
        GateQueueDtmfEvent changes = new GateQueueDtmfEvent();
        changes.setDtmfEvent("REQUEUE:4103");

        GateQueueDtmfEvent created = dtmf.create("~", GROUP, GATE, 67882, GateQueueDtmfEvent.of("1", "REQUEUE:4102"));
        List<GateQueueDtmfEvent> listed = dtmf.list("~", GROUP, GATE, 67882);
        GateQueueDtmfEvent read = dtmf.get("~", GROUP, GATE, 67882, 91);
        GateQueueDtmfEvent changed = dtmf.update("~", GROUP, GATE, 67882, 91, changes);
        List<GateQueueDtmfEvent> saved = dtmf.saveAll("~", GROUP, GATE, 67882,
                List.of(read, GateQueueDtmfEvent.of("#", "END-CALL:true")));
        dtmf.delete("~", GROUP, GATE, 67882, 92);

        assertThat(lines(SERVER)).containsExactly("POST " + DTMF, "GET " + DTMF, "GET " + DTMF + "/91",
                "PUT " + DTMF + "/91", "PUT " + DTMF, "DELETE " + DTMF + "/92");
        assertJsonBody(SERVER.requests().get(0), "{\"dtmf\":\"1\",\"dtmfEvent\":\"REQUEUE:4102\"}");
        assertJsonBody(SERVER.requests().get(3), "{\"dtmfEvent\":\"REQUEUE:4103\"}");
        assertThat(json(SERVER.requests().get(4).body())).isEqualTo(json("""
                [%s,{"dtmf":"#","dtmfEvent":"END-CALL:true"}]""".formatted(press1)));
        assertBodiless(SERVER.requests().get(5));
        assertThat(created).hasToString("GateQueueDtmfEvent[91, 1]");
        assertThat(listed).extracting(GateQueueDtmfEvent::getDtmf).containsExactly("1");
        assertThat(changed.getDtmfEvent()).isEqualTo("REQUEUE:4103");
        assertThat(saved).extracting(GateQueueDtmfEvent::getDtmfEventId).containsExactly(91, 92);
    }
}
