package io.quarkiverse.engagevoice.client.api.numbers;

import static io.quarkiverse.engagevoice.client.api.numbers.NumberWire.TN;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertJsonBody;
import static io.quarkiverse.engagevoice.client.testing.WireTests.line;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.engagevoice.client.model.ProductType;
import io.quarkiverse.engagevoice.client.model.numbers.DnisSearchRequest;
import io.quarkiverse.engagevoice.client.model.numbers.DnisSearchResult;
import io.quarkiverse.engagevoice.client.model.numbers.TnManagerSearchCriteria;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** Searches of the number pool ({@link DnisSearchApi}). */
class DnisSearchWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String CUSTOMER_RESULT = """
            {"totalCount":3,"entries":{\
            "12340001":{"name":"Engage Sim Sales","records":[{"dnis":"8005550100",\
            "dnisDescription":"Main line","dnisState":"ASSIGNED","active":true,\
            "dateCreated":"2025-11-03 10:15:00","assignedDnis":{"endPointType":"GATE"}}]},\
            "12340002":{"name":"Engage Sim Support","records":[]}}}""";

    private DnisSearchApi search;

    @BeforeEach
    void client() {
        search = WireTests.client(SERVER).api(DnisSearchApi.class);
    }

    @Test
    void poolRecordsAreSearchedPageByPageAndCounted() {
        SERVER.enqueue(Answer.json(200, "[{\"dnis\":\"8005550100\",\"active\":true}]"));
        SERVER.enqueue(Answer.json(200, "[]"));
        SERVER.enqueue(Answer.text(200, "42"));
        TnManagerSearchCriteria criteria = TnManagerSearchCriteria.forAccounts("12340001", "12340002");
        criteria.setAssigned(true);
        criteria.setProduct(ProductType.ACD);
        criteria.setDnisFilter("555");

        JsonNode page = search.search(0, 50, criteria);
        search.search(criteria);
        long count = search.count(criteria);

        List<Request> sent = SERVER.requests();
        assertThat(lines(SERVER)).containsExactly("POST " + TN + "/search?page=0&maxRows=50", "POST " + TN + "/search",
                "POST " + TN + "/search?count=true");
        String body = """
                {"accountIds":["12340001","12340002"],"assigned":true,"product":"ACD",\
                "dnisFilter":"555"}""";
        sent.forEach(r -> assertJsonBody(r, body));
        assertThat(page.isArray()).isTrue();
        assertThat(page.get(0).path("active").asBoolean()).isTrue();
        assertThat(count).isEqualTo(42L);
        assertThat(criteria.toString()).isEqualTo("TnManagerSearchCriteria[[12340001, 12340002], ACD]")
                .doesNotContain("555");
    }

    @Test
    void theReportIsStreamedAsTheServerSendsIt() throws IOException {
        SERVER.enqueue(new Answer(200, "text/csv", "dnis,description\n8005550100,Main line\n", java.util.Map.of()));
        TnManagerSearchCriteria criteria = new TnManagerSearchCriteria();
        criteria.setActive(true);

        String report;
        try (InputStream in = search.report(criteria)) {
            report = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        Request sent = SERVER.lastRequest();
        assertThat(line(sent)).isEqualTo("POST " + TN + "/report");
        assertJsonBody(sent, "{\"active\":true}");
        assertThat(report).isEqualTo("dnis,description\n8005550100,Main line\n");
    }

    @Test
    void customerNumbersAreFoundByAccount() {
        SERVER.enqueue(Answer.json(200, CUSTOMER_RESULT));
        DnisSearchRequest request = DnisSearchRequest.of("555", "12340001", "12340002");
        request.setDnisState("ASSIGNED");

        DnisSearchResult result = search.searchCustomerDnis(request);

        Request sent = SERVER.lastRequest();
        assertThat(line(sent)).isEqualTo("POST /voice/api/v2/admin/utilities/tnManager/searchDnis");
        assertJsonBody(sent, """
                {"searchText":"555","accountIds":["12340001","12340002"],\
                "dnisState":"ASSIGNED"}""");
        assertThat(result.getTotalCount()).isEqualTo(3L);
        assertThat(result.getEntries()).containsOnlyKeys("12340001", "12340002");
        assertThat(result.getEntries().get("12340001").getName()).isEqualTo("Engage Sim Sales");
        assertThat(result.getEntries().get("12340001").getRecords()).singleElement().satisfies(r -> {
            assertThat(r.getDnisDescription()).isEqualTo("Main line");
            assertThat(r.getDnisState()).isEqualTo("ASSIGNED");
            assertThat(r.getDateCreated()).isEqualTo("2025-11-03 10:15:00");
            assertThat(r.getAssignedDnis().getEndPointType()).isEqualTo("GATE");
            assertThat(r.toString()).isEqualTo("DnisRecord[Main line, ASSIGNED]");
        });
        assertThat(result.toString()).isEqualTo("DnisSearchResult[3 in 2 accounts]");
        assertThat(request.toString()).doesNotContain("555");
    }

    @Test
    void theOlderCustomerSearchAnswersAsTheServerSentIt() {
        SERVER.enqueue(Answer.json(200, "{\"12340001\":{\"name\":\"Engage Sim Sales\",\"records\":[]}}"));

        JsonNode result = search.searchCustomerDnisV1(DnisSearchRequest.of(null, "12340001"));

        Request sent = SERVER.lastRequest();
        assertThat(line(sent)).isEqualTo("POST " + TN + "/searchDnis");
        assertJsonBody(sent, "{\"accountIds\":[\"12340001\"]}");
        assertThat(result.path("12340001").path("name").asText()).isEqualTo("Engage Sim Sales");
    }
}
