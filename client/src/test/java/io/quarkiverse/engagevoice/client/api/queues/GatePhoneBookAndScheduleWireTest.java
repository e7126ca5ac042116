package io.quarkiverse.engagevoice.client.api.queues;

import static io.quarkiverse.engagevoice.client.api.queues.QueueWire.GATE;
import static io.quarkiverse.engagevoice.client.api.queues.QueueWire.GATE_PATH;
import static io.quarkiverse.engagevoice.client.api.queues.QueueWire.GROUP;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertBodiless;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertJsonBody;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.model.queues.GateScheduleOverride;
import io.quarkiverse.engagevoice.client.model.queues.PhoneBookEntry;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/**
 * The phone book ({@link GatePhoneBookApi}) and the schedule overrides ({@link GateScheduleOverridesApi}) of a
 * queue.
 */
class GatePhoneBookAndScheduleWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final Answer EMPTY = new Answer(200, null, null, Map.of());
    private static final String BOOK = GATE_PATH + "/phoneBookEntries";
    private static final String OVERRIDES = GATE_PATH + "/scheduleOverrides";
    private static final String SUPPORT = """
            {"entryId":81,"destName":"Support desk",\
            "destination":"5551230100",\
            "countryId":"USA","type":"GATE","typeId":41,"accountId":"1001",\
            "dateCreated":"2026-03-02T09:00:00.000+0000"}""";
    private static final String CHRISTMAS = """
            {"scheduleOverrideId":71,"overrideLabel":"Christmas",\
            "overrideDate":"2026-12-25T00:00:00.000+0000","overrideSched":"00000000",\
            "overrideClosedEvent":"PLAY-AUDIO:closed"}""";

    private GatePhoneBookApi book;
    private GateScheduleOverridesApi overrides;

    @BeforeEach
    void client() {
        EngageVoiceClient client = WireTests.client(SERVER);
        book = client.api(GatePhoneBookApi.class);
        overrides = client.api(GateScheduleOverridesApi.class);
    }

    @Test
    void phoneBookEntriesAreListedAndPagedOnlyWhenAsked() {
        SERVER.answerByDefault(Answer.json(200, "[" + SUPPORT + "]"));

        List<PhoneBookEntry> all = book.list("~", GROUP, GATE);
        book.list("~", GROUP, GATE, 2, 20);

        assertThat(lines(SERVER)).containsExactly("GET " + BOOK, "GET " + BOOK + "?page=2&maxRows=20");
        assertBodiless(SERVER.lastRequest());
        assertThat(all).singleElement().satisfies(e -> {
            assertThat(e.getEntryId()).isEqualTo(81);
            assertThat(e.getDestination()).isEqualTo("5551230100");
            assertThat(e.getType()).isEqualTo("GATE");
            assertThat(e.getTypeId()).isEqualTo(41);
            assertThat(e.getDateCreated()).isEqualTo(OffsetDateTime.parse("2026-03-02T09:00:00Z"));
            assertThat(e.toString()).isEqualTo("PhoneBookEntry[81, Support desk]").doesNotContain("5551230100");
        });
    }

    @Test
    void aPhoneBookEntryIsCreatedChangedSavedAndDeleted() {
        SERVER.enqueue(Answer.json(201, SUPPORT));
        SERVER.enqueue(Answer.json(200, SUPPORT.replace("Support desk", "Help desk")));
        SERVER.enqueue(Answer.json(200, "[" + SUPPORT + "]"));
        SERVER.enqueue(EMPTY);
        PhoneBookEntry wanted = PhoneBookEntry.of("Support desk", "5551230100");
        wanted.setCountryId("USA");
        PhoneBookEntry rename = new PhoneBookEntry();
        rename.setDestName("Help desk");

        PhoneBookEntry created = book.create("~", GROUP, GATE, wanted);
        PhoneBookEntry renamed = book.update("~", GROUP, GATE, 81, rename);
        List<PhoneBookEntry> saved = book.saveAll("~", GROUP, GATE, List.of(created));
        book.delete("~", GROUP, GATE, 81);

        assertThat(lines(SERVER)).containsExactly("POST " + BOOK, "PUT " + BOOK + "/81", "PUT " + BOOK,
                "DELETE " + BOOK + "/81");
        assertJsonBody(SERVER.requests().get(0),
                "{\"destName\":\"Support desk\",\"destination\":\"5551230100\",\"countryId\":\"USA\"}");
        assertJsonBody(SERVER.requests().get(1), "{\"destName\":\"Help desk\"}");
        assertJsonBody(SERVER.requests().get(2), "[" + SUPPORT + "]");
        assertBodiless(SERVER.requests().get(3));
        assertThat(created.getEntryId()).isEqualTo(81);
        assertThat(renamed.getDestName()).isEqualTo("Help desk");
        assertThat(saved).hasSize(1);
    }

    @Test
    void scheduleOverridesAreListedCreatedChangedSavedAndDeleted() {
        SERVER.enqueue(Answer.json(200, "[" + CHRISTMAS + "]"));
        SERVER.enqueue(Answer.json(200, CHRISTMAS));
        SERVER.enqueue(Answer.json(200, CHRISTMAS.replace("00000000", "10001400")));
        SERVER.enqueue(Answer.json(201, "[" + CHRISTMAS + "]"));
        SERVER.enqueue(EMPTY);
        OffsetDateTime christmas = OffsetDateTime.parse("2026-12-25T00:00:00Z");
        GateScheduleOverride wanted = GateScheduleOverride.closed("Christmas", christmas);
        wanted.setOverrideClosedEvent("PLAY-AUDIO:closed");
        GateScheduleOverride shortDay = new GateScheduleOverride();
        shortDay.setOverrideSched("10001400");

        List<GateScheduleOverride> listed = overrides.list("~", GROUP, GATE);
        GateScheduleOverride created = overrides.create("~", GROUP, GATE, wanted);
        GateScheduleOverride changed = overrides.update("~", GROUP, GATE, 71, shortDay);
        List<GateScheduleOverride> saved = overrides.saveAll("~", GROUP, GATE,
                List.of(GateScheduleOverride.of("New Year", OffsetDateTime.parse("2027-01-01T00:00:00Z"), "12001600")));
        overrides.delete("~", GROUP, GATE, 71);

        assertThat(lines(SERVER)).containsExactly("GET " + OVERRIDES, "POST " + OVERRIDES, "PUT " + OVERRIDES + "/71",
                "PUT " + OVERRIDES, "DELETE " + OVERRIDES + "/71");
        assertJsonBody(SERVER.requests().get(1), """
                {"overrideLabel":"Christmas",\
                "overrideDate":"2026-12-25T00:00:00.000+0000","overrideSched":"00000000",\
                "overrideClosedEvent":"PLAY-AUDIO:closed"}""");
        assertJsonBody(SERVER.requests().get(2), "{\"overrideSched\":\"10001400\"}");
        assertJsonBody(SERVER.requests().get(3), """
                [{"overrideLabel":"New Year",\
                "overrideDate":"2027-01-01T00:00:00.000+0000","overrideSched":"12001600"}]""");
        assertBodiless(SERVER.requests().get(4));
        assertThat(listed).singleElement().satisfies(o -> {
            assertThat(o.getOverrideDate()).isEqualTo(christmas);
            assertThat(o).hasToString("GateScheduleOverride[71, Christmas]");
        });
        assertThat(created.getScheduleOverrideId()).isEqualTo(71);
        assertThat(changed.getOverrideSched()).isEqualTo("10001400");
        assertThat(saved).hasSize(1);
    }
}
