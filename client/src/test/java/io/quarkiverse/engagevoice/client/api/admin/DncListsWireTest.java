package io.quarkiverse.engagevoice.client.api.admin;

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

import io.quarkiverse.engagevoice.client.model.admin.DncEntry;
import io.quarkiverse.engagevoice.client.model.admin.DncEntryRequest;
import io.quarkiverse.engagevoice.client.model.admin.DncTag;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** The documented-only do-not-call list and tags on the wire. */
class DncListsWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String ACCOUNT = ROOT + "/v1/admin/accounts/" + ACCOUNT_ID;

    private final DncListsApi dnc = WireTests.client(SERVER).api(DncListsApi.class);

    @Test
    void anEntryIsPostedAsJsonWithoutItsNullFieldsAndReadBackTyped() {
        SERVER.enqueue(Answer.json(200, """
                {"phone":"4155550100","tag":"GLOBAL","countryCode":{"id":"USA","description":null},
                 "addedDate":"2026-07-22T18:10:11.740+0000","addedBy":"Admin User","reason":"Do not call",
                 "dncTagId":12345}"""));
        DncEntryRequest entry = new DncEntryRequest();
        entry.setPhone("4155550100");
        entry.setCountryId("USA");
        entry.setDncTagId(12345);

        DncEntry added = dnc.add("~", entry);

        Request sent = SERVER.lastRequest();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.rawPath()).isEqualTo(ACCOUNT + "/dncLists");
        assertThat(sent.queryParams()).isEmpty();
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        assertThat(sent.header("X-Auth-Token")).isEqualTo(API_TOKEN);
        assertThat(sent.body()).isEqualTo("{\"phone\":\"4155550100\",\"countryId\":\"USA\",\"dncTagId\":12345}");
        assertThat(added.getTag()).isEqualTo("GLOBAL");
        assertThat(added.getCountryCode().getId()).isEqualTo("USA");
        assertThat(added.getAddedDate()).isEqualTo(OffsetDateTime.of(2026, 7, 22, 18, 10, 11, 740_000_000,
                ZoneOffset.UTC));
        assertThat(added.getDncTagId()).isEqualTo(12345);
    }

    @Test
    void theListIsAGetAndEntriesAreRemovedByTagCountryOrNumber() {
        SERVER.enqueue(Answer.json(200, "[{\"phone\":\"4155550100\",\"dncTagId\":12345}]"))
                .enqueue(Answer.json(200, "true")).enqueue(Answer.json(200, "true"))
                .enqueue(Answer.json(200, "true"));

        List<DncEntry> entries = dnc.list("~");
        dnc.remove("~", 12345, "4155550100", "USA");
        dnc.removeTagged("~", 12345, "CAN");
        dnc.removeTagged("~", 12345);

        assertThat(entries).extracting(DncEntry::getPhone).containsExactly("4155550100");
        assertThat(lines(SERVER)).containsExactly(
                "GET " + ACCOUNT + "/dncLists",
                "DELETE " + ACCOUNT + "/dncLists/tags/12345/phones/4155550100/countries/USA",
                "DELETE " + ACCOUNT + "/dncLists/tags/12345/countries/CAN",
                "DELETE " + ACCOUNT + "/dncLists/tags/12345");
        assertThat(SERVER.lastRequest().body()).isEmpty();
    }

    @Test
    void tagsAreListedCreatedAndDeleted() {
        SERVER.enqueue(Answer.json(200, "[{\"dncTagId\":12345,\"dncTagLabel\":\"GLOBAL\"}]"))
                .enqueue(Answer.json(200, "{\"dncTagId\":12346,\"dncTagLabel\":\"Complaints\"}"))
                .enqueue(Answer.json(200, "true"));
        DncTag complaints = new DncTag();
        complaints.setDncTagLabel("Complaints");

        List<DncTag> tags = dnc.listTags("~");
        DncTag created = dnc.createTag("~", complaints);
        String createBody = SERVER.lastRequest().body();
        dnc.deleteTag("~", created.getDncTagId());

        assertThat(tags).extracting(DncTag::getDncTagLabel).containsExactly("GLOBAL");
        assertThat(createBody).isEqualTo("{\"dncTagLabel\":\"Complaints\"}");
        assertThat(created.getDncTagId()).isEqualTo(12346);
        assertThat(lines(SERVER)).containsExactly("GET " + ACCOUNT + "/dncTags", "POST " + ACCOUNT + "/dncTags",
                "DELETE " + ACCOUNT + "/dncTags/12346");
    }
}
