package io.quarkiverse.engagevoice.client.api;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSent;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.model.LeadSearchResult;
import io.quarkiverse.engagevoice.client.model.PhoneListSearch;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** {@code leadSearchByPhoneList}: the guide's JSON form, and the file's multipart form. */
class LeadSearchByPhoneListWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String PATH = ACCOUNT + "/campaignLeads/leadSearchByPhoneList";
    private static final String FOUND = """
            [{"leadId":9001,"campaignId":12,"leadPhone":"6505550101",\
            "firstName":"Ada"}]""";

    private CampaignLeadsApi leads;

    @BeforeEach
    void client() {
        leads = WireTests.client(SERVER).api(CampaignLeadsApi.class);
    }

    @Test
    void theNumbersAndCampaignsTravelAsTheDocumentedJson() {
        SERVER.enqueue(Answer.json(200, FOUND));

        List<LeadSearchResult> found = leads.searchByPhoneList("~",
                PhoneListSearch.of("6505550101", "6505550102").inCampaigns(12, 13));

        assertSentJson(SERVER, "POST", PATH, null,
                "{\"phoneList\":[\"6505550101\",\"6505550102\"],\"campaignIds\":[12,13]}");
        assertThat(found).singleElement().satisfies(lead -> {
            assertThat(lead.getLeadId()).isEqualTo(9001);
            assertThat(lead.getLeadPhone()).isEqualTo("6505550101");
        });
    }

    @Test
    void aPageIsAskedForInTheQueryAndCampaignsLeftOutAreNotSent() {
        SERVER.enqueue(Answer.json(200, "[]"));

        leads.searchByPhoneList("~", 2, 50, PhoneListSearch.of("6505550101"));

        assertSentJson(SERVER, "POST", PATH, "page=2&maxRows=50", "{\"phoneList\":[\"6505550101\"]}");
    }

    @Test
    void theFilesMultipartFormUploadsTheNumbersAsAFilePart() {
        SERVER.enqueue(Answer.json(200, FOUND));

        List<LeadSearchResult> found = leads.searchByPhoneFile("~",
                "6505550101\n6505550102\n".getBytes(StandardCharsets.UTF_8));

        Request sent = assertSent(SERVER, "POST", PATH, null);
        assertThat(sent.header("Content-Type")).startsWith("multipart/form-data")
                .endsWith("boundary=" + MultipartFile.BOUNDARY);
        assertThat(sent.body()).contains("name=\"file\"", "filename=\"phones.csv\"", "6505550101\n6505550102\n");
        assertThat(found).hasSize(1);
    }
}
