package io.quarkiverse.engagevoice.jakartaee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.ManualClock;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorSeed;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/**
 * What a WAR does with {@code @Inject}ed API interfaces on a real server, against the simulator: each check calls
 * the WAR's resource over HTTP and reads what reached the simulator in its journal. Subclasses start one server.
 */
abstract class ServerChecks {

    private static final String API = "/voice/api/v1/admin/accounts/";
    /** The account of {@code engage-voice.account-id} in the WAR's configuration. */
    private static final String ACCOUNT = SimulatorCredentials.SALES_ACCOUNT_ID;
    private static final Duration TOKEN_TTL = Duration.ofMinutes(10);

    static EngageVoiceSimulator simulator;
    static ManualClock clock;
    static ServerProcess server;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The runtime part of the User-Agent the CDI extension detects on this server. */
    abstract String expectedRuntime();

    static String startSimulator() {
        clock = ManualClock.startingNow();
        simulator = EngageVoiceSimulator.builder().host("127.0.0.1").port(0).tokenTtl(TOKEN_TTL).clock(clock).start();
        return simulator.baseUrl();
    }

    static void stopAll() {
        if (server != null) {
            server.close();
            server = null;
        }
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    @BeforeEach
    void clearJournal() {
        simulator.clearJournal();
    }

    @Test
    void listsAccountsWithTheServerInTheUserAgent() {
        Answer accounts = call("GET", "checks/accounts");

        assertThat(accounts.status()).isEqualTo(200);
        assertThat(accounts.body().split(",")).contains(SimulatorCredentials.MAIN_ACCOUNT_ID);
        RecordedRequest list = only("GET", "/voice/api/v1/admin/accounts");
        assertThat(list.header("User-Agent")).contains("engage-voice-client/").contains("; " + expectedRuntime() + "; ");
        assertThat(list.header("Authorization")).startsWith("Bearer ");
    }

    @Test
    void aNamedClientUsesItsOwnCredentials() {
        Answer accounts = call("GET", "checks/tenant-a/accounts");

        assertThat(accounts.status()).isEqualTo(200);
        assertThat(accounts.body()).contains(SimulatorCredentials.MAIN_ACCOUNT_ID);
        assertThat(only("GET", "/voice/api/v1/admin/accounts").header("X-Auth-Token"))
                .isEqualTo(SimulatorCredentials.API_TOKEN);
    }

    @Test
    void createsUpdatesAndDeletesAnAgentGroup() {
        Answer created = call("POST", "checks/agent-groups?name=Jakarta-EE-" + expectedRuntime().hashCode());
        assertThat(created.status()).isEqualTo(200);
        int id = Integer.parseInt(created.body());

        Answer renamed = call("PUT", "checks/agent-groups/" + id + "?name=Renamed");
        Answer deleted = call("DELETE", "checks/agent-groups/" + id);

        assertThat(renamed.body()).isEqualTo("Renamed");
        assertThat(deleted.body()).isEqualTo("true");
        List<RecordedRequest> calls = simulator.journal().stream().filter(r -> r.path().contains("/agentGroups")).toList();
        assertThat(calls).extracting(r -> r.method() + " " + r.path().substring(r.path().indexOf("/agentGroups")))
                .containsExactly("POST /agentGroups", "GET /agentGroups/" + id, "PUT /agentGroups/" + id,
                        "DELETE /agentGroups/" + id);
        assertThat(calls.get(0).body()).contains("\"groupName\":\"Jakarta-EE-");
        assertThat(calls.get(2).body()).contains("\"groupName\":\"Renamed\"");
    }

    @Test
    void aMissingAgentGroupIsATypedNotFound() {
        Answer missing = call("GET", "checks/agent-groups/987654");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("ResourceNotFoundException AgentGroupsApi.get");
        assertThat(only("GET", API + ACCOUNT + "/agentGroups/987654")).isNotNull();
    }

    @Test
    void undeclaredPropertiesSurviveGetModifyPut() throws Exception {
        int id = createOnTheSimulator("{\"groupName\":\"With extras\",\"futureSetting\":{\"level\":3}}");

        Answer renamed = call("PUT", "checks/agent-groups/" + id + "?name=Extras renamed".replace(" ", "%20"));

        assertThat(renamed.body()).isEqualTo("Extras renamed");
        RecordedRequest put = only("PUT", API + ACCOUNT + "/agentGroups/" + id);
        assertThat(put.body()).contains("\"groupName\":\"Extras renamed\"").contains("\"futureSetting\":{\"level\":3}");
    }

    @Test
    void searchesLeads() {
        Answer found = call("GET", "checks/leads?campaignId=" + SimulatorSeed.CAMPAIGN_SPRING_PROMOTION);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().split(",")).isNotEmpty().allSatisfy(id -> assertThat(Integer.parseInt(id))
                .isBetween(SimulatorSeed.FIRST_LEAD_ID, SimulatorSeed.LAST_LEAD_ID));
        RecordedRequest search = only("POST", API + ACCOUNT + "/campaignLeads/leadSearch");
        assertThat(search.body()).contains(String.valueOf(SimulatorSeed.CAMPAIGN_SPRING_PROMOTION));
        assertThat(search.queryParam("maxRows")).isEqualTo("50");
    }

    @Test
    void countsLeadsThroughADefaultMethod() {
        String ids = call("GET", "checks/leads?campaignId=" + SimulatorSeed.CAMPAIGN_SPRING_PROMOTION).body();
        simulator.clearJournal();

        Answer count = call("GET", "checks/leads/count?campaignId=" + SimulatorSeed.CAMPAIGN_SPRING_PROMOTION);

        assertThat(count.status()).isEqualTo(200);
        assertThat(Integer.parseInt(count.body())).isEqualTo(ids.split(",").length);
        RecordedRequest search = only("POST", API + ACCOUNT + "/campaignLeads/leadSearch");
        assertThat(search.queryParam("count")).isEqualTo("true");
    }

    @Test
    void readsTheDatesOfActiveCalls() {
        Answer calls = call("GET", "checks/active-calls");

        assertThat(calls.status()).isEqualTo(200);
        List<String> lines = Arrays.asList(calls.body().split("\n"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(SimulatorSeed.CALL_INBOUND_SALES + " "));
        assertThat(lines).allSatisfy(line -> assertThat(OffsetDateTime.parse(line.substring(line.indexOf(' ') + 1)))
                .isBefore(OffsetDateTime.now().plusDays(1)));
    }

    @Test
    void anExpiredTokenIsRenewedAndTheCallReplayed() {
        assertThat(call("GET", "checks/accounts").status()).isEqualTo(200);
        clock.advance(TOKEN_TTL.plusMinutes(1));
        simulator.clearJournal();

        Answer accounts = call("GET", "checks/accounts");

        assertThat(accounts.status()).isEqualTo(200);
        List<String> sent = simulator.journal().stream().map(r -> r.method() + " " + r.path()).toList();
        assertThat(sent.get(0)).isEqualTo("GET /voice/api/v1/admin/accounts");
        assertThat(sent.get(sent.size() - 1)).isEqualTo("GET /voice/api/v1/admin/accounts");
        assertThat(sent.subList(1, sent.size() - 1)).isNotEmpty()
                .allSatisfy(step -> assertThat(step).startsWith("POST /api/auth/"));
        List<RecordedRequest> lists = simulator.journal().stream().filter(r -> r.method().equals("GET")).toList();
        assertThat(lists.get(1).header("Authorization")).isNotEqualTo(lists.get(0).header("Authorization"));
    }

    private int createOnTheSimulator(String json) throws IOException, InterruptedException {
        HttpRequest create = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + API
                + ACCOUNT + "/agentGroups"))
                .header("X-Auth-Token", SimulatorCredentials.API_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        String body = http.send(create, HttpResponse.BodyHandlers.ofString()).body();
        simulator.clearJournal();
        return Integer.parseInt(body.replaceAll(".*\"agentGroupId\"\\s*:\\s*(\\d+).*", "$1"));
    }

    private RecordedRequest only(String method, String path) {
        List<RecordedRequest> matching = simulator.journal().stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
        assertThat(matching).as(method + " " + path + " in " + simulator.journal()).hasSize(1);
        return matching.get(0);
    }

    private Answer call(String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(server.application().resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body() + "\n--- server log ---\n"
                    + (response.statusCode() >= 500 ? server.logTail() : "")).isLessThan(500);
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e + "\n--- server log ---\n" + server.logTail(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    record Answer(int status, String body) {
    }
}
