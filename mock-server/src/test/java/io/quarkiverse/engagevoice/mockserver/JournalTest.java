package io.quarkiverse.engagevoice.mockserver;

import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.API_TOKEN;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.SALES_ACCOUNT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/** The request journal: what arrived, exactly as it arrived. */
class JournalTest {

    private static final Instant START = SimulatorFixture.START;
    private static final String SALES = "/voice/api/v1/admin/accounts/" + SALES_ACCOUNT_ID;

    @RegisterExtension
    static final SimulatorFixture SIM = SimulatorFixture.current();

    private final EngageVoiceSimulator simulator = SIM.simulator();
    private final TestHttp http = SIM.http();

    @Test
    void keepsTheRawPercentEncodedPath() {
        // %31%31%30%31 is "1101": the route matches the decoded segment, the journal keeps the raw one
        TestHttp.Response response = http.get(SALES + "/agentGroups/%31%31%30%31").apiToken(API_TOKEN).send();
        http.delete("/voice/api/v1/admin/token/sim80%3Aa%2Fb").apiToken(API_TOKEN).send();

        assertThat(response.status()).isEqualTo(200);
        List<RecordedRequest> journal = simulator.journal();
        assertThat(journal.get(0).path()).isEqualTo(SALES + "/agentGroups/%31%31%30%31");
        assertThat(journal.get(1).path()).isEqualTo("/voice/api/v1/admin/token/sim80%3Aa%2Fb");
        assertThat(journal.get(1).method()).isEqualTo("DELETE");
    }

    @Test
    void keepsTheRawQueryAndDecodedRepeatedKeysInOrder() {
        http.get(SALES + "/activeCalls/list?productId=2&externalId=a%20b&productId=1&flag&name=x+y")
                .apiToken(API_TOKEN).send();

        RecordedRequest recorded = simulator.journal().get(0);
        assertThat(recorded.query()).isEqualTo("productId=2&externalId=a%20b&productId=1&flag&name=x+y");
        assertThat(recorded.queryParams()).containsExactly(
                Map.entry("productId", List.of("2", "1")),
                Map.entry("externalId", List.of("a b")),
                Map.entry("flag", List.of("")),
                Map.entry("name", List.of("x y")));
        assertThat(recorded.queryParam("productId")).isEqualTo("2");
    }

    @Test
    void withoutAQueryTheQueryIsNull() {
        http.get("/voice/api/v1/admin/accounts").apiToken(API_TOKEN).send();

        assertThat(simulator.journal().get(0).query()).isNull();
        assertThat(simulator.journal().get(0).queryParams()).isEmpty();
    }

    @Test
    void keepsHeadersWithCaseInsensitiveLookupAndRepeatedValues() {
        http.get("/voice/api/v1/admin/accounts").apiToken(API_TOKEN)
                .header("User-Agent", "EngageVoiceTest/1.0 (JUnit)")
                .header("X-Repeated", "first").header("X-Repeated", "second")
                .send();

        RecordedRequest recorded = simulator.journal().get(0);
        assertThat(recorded.header("user-agent")).isEqualTo("EngageVoiceTest/1.0 (JUnit)");
        assertThat(recorded.header("X-AUTH-TOKEN")).isEqualTo(API_TOKEN);
        assertThat(recorded.headers().get("x-repeated")).containsExactly("first", "second");
        assertThat(recorded.header("X-Not-Sent")).isNull();
    }

    @Test
    void keepsTheBodyAsUtf8AndTheArrivalTimeFromTheSimulatorClock() {
        String body = "{\"groupName\":\"\u00c9quipe \u2713 \u65e5\u672c\"}";
        http.post(SALES + "/agentGroups").apiToken(API_TOKEN).json(body).send();

        RecordedRequest recorded = simulator.journal().get(0);
        assertThat(recorded.body()).isEqualTo(body);
        assertThat(recorded.receivedAt()).isEqualTo(START);
        assertThat(recorded.effectiveMethod()).isEqualTo("POST");
    }

    @Test
    void adminCallsAreNotJournaledAndTheAdminListMirrorsTheJournal() {
        http.get(SALES + "/agentGroups?page=0&page=1").apiToken(API_TOKEN).send();
        http.post("/__admin/faults").json("{\"pathPattern\":\"/nothing\",\"status\":500}").send();

        TestHttp.Response listed = http.get("/__admin/requests").send();

        assertThat(simulator.journal()).hasSize(1);
        JsonNode entries = listed.json();
        assertThat(entries).hasSize(1);
        JsonNode entry = entries.get(0);
        assertThat(CurrentAuthenticationTest.fieldNames(entry)).containsExactly("method", "effectiveMethod", "path",
                "query", "queryParams", "headers", "body", "receivedAt");
        assertThat(entry.get("path").asText()).isEqualTo(SALES + "/agentGroups");
        assertThat(entry.get("query").asText()).isEqualTo("page=0&page=1");
        assertThat(entry.get("queryParams").get("page")).hasSize(2);
        assertThat(entry.get("headers").get("X-Auth-Token").get(0).asText()).isEqualTo(API_TOKEN);
        assertThat(entry.get("receivedAt").asText()).isEqualTo(START.toString());
    }

    @Test
    void journalCanBeClearedThroughJavaAndHttp() {
        http.get("/voice/api/v1/admin/accounts").apiToken(API_TOKEN).send();
        simulator.clearJournal();
        assertThat(simulator.journal()).isEmpty();

        http.get("/voice/api/v1/admin/accounts").apiToken(API_TOKEN).send();
        assertThat(http.delete("/__admin/requests").send().status()).isEqualTo(204);
        assertThat(simulator.journal()).isEmpty();
    }

    @Test
    void journalKeepsTheLatestEntriesUpToItsLimit() {
        try (EngageVoiceSimulator small = EngageVoiceSimulator.builder().journalLimit(2).start()) {
            TestHttp smallHttp = new TestHttp(small);
            for (String name : List.of("one", "two", "three")) {
                smallHttp.get("/voice/api/v1/admin/accounts?n=" + name).send();
            }

            assertThat(small.journal()).extracting(RecordedRequest::query).containsExactly("n=two", "n=three");
        }
    }
}
