package io.quarkiverse.engagevoice.mockserver;

import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.API_TOKEN;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.SALES_ACCOUNT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.engagevoice.mockserver.wire.Fault;

/** Scripted faults: status with Retry-After and body, latency, dropped connections, use counts. */
class FaultTest {

    private static final String SALES = "/voice/api/v1/admin/accounts/" + SALES_ACCOUNT_ID;

    @RegisterExtension
    static final SimulatorFixture SIM = SimulatorFixture.current();

    private final TestHttp http = SIM.http();

    private TestHttp.Response getAgentGroups() {
        return http.get(SALES + "/agentGroups").apiToken(API_TOKEN).send();
    }

    @Test
    void statusRetryAfterAndBodyForTheNextMatchingRequestsThenUsedUp() {
        SIM.simulator().addFault(Fault.builder().method("GET")
                .pathPattern("/voice/api/v1/admin/accounts/*/agentGroups*")
                .status(503).retryAfter("7").body("{\"message\":\"busy\"}", "application/json").times(2).build());

        assertThat(http.get(SALES + "/gateGroups/3101").apiToken(API_TOKEN).send().status()).isEqualTo(200);
        assertThat(http.post(SALES + "/agentGroups").apiToken(API_TOKEN).json("{\"groupName\":\"G\"}").send()
                .status()).as("another method").isEqualTo(201);
        for (int i = 0; i < 2; i++) {
            TestHttp.Response faulted = http.get(SALES + "/agentGroups/1101/agents").apiToken(API_TOKEN).send();
            assertThat(faulted.status()).isEqualTo(503);
            assertThat(faulted.header("Retry-After")).contains("7");
            assertThat(faulted.contentType()).isEqualTo("application/json");
            assertThat(faulted.body()).isEqualTo("{\"message\":\"busy\"}");
        }
        assertThat(getAgentGroups().status()).isEqualTo(200);
        assertThat(SIM.simulator().journal()).hasSize(5);
    }

    @Test
    void latencyDelaysANormalAnswer() {
        Duration latency = Duration.ofMillis(400);
        SIM.simulator().addFault(Fault.builder().pathPattern(SALES + "/agentGroups").latency(latency).build());

        long started = System.nanoTime();
        TestHttp.Response delayed = getAgentGroups();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(delayed.status()).isEqualTo(200);
        assertThat(delayed.json()).hasSize(2);
        assertThat(elapsed).isGreaterThanOrEqualTo(latency);
        assertThat(SIM.simulator().journal()).hasSize(1);
    }

    @Test
    void latencyCanPrecedeAFaultStatus() {
        SIM.simulator().addFault(Fault.builder().pathPattern("*").status(500).latency(Duration.ofMillis(200))
                .build());

        long started = System.nanoTime();
        TestHttp.Response response = getAgentGroups();

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.body()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void droppedConnectionGetsNoAnswer() {
        SIM.simulator().addFault(Fault.builder().method("POST").pathPattern("/api/auth/*").dropConnection(true)
                .build());

        IOException failure = new TestHttp(SIM.simulator()).post("/api/auth/token/refresh")
                .form("refresh_token", "x").sendExpectingFailure();

        assertThat(failure).isNotNull();
        assertThat(SIM.simulator().journal()).hasSize(1);
        TestHttp.Response afterwards = new TestHttp(SIM.simulator()).post("/api/auth/token/refresh")
                .form("refresh_token", "x").send();
        assertThat(afterwards.status()).as("the fault was used up").isEqualTo(401);
    }

    @Test
    void regexPatternsMatchTheWholePath() {
        SIM.simulator().addFault(Fault.builder().pathPattern("regex:/voice/api/v1/admin/accounts/\\d+/dialGroups")
                .status(502).times(3).build());

        assertThat(http.get(SALES + "/dialGroups/5101").apiToken(API_TOKEN).send().status()).isEqualTo(200);
        assertThat(http.get(SALES + "/dialGroups").apiToken(API_TOKEN).send().status()).isEqualTo(502);
    }

    @Test
    void faultsCanBeManagedOverHttp() {
        TestHttp.Response added = http.post("/__admin/faults").json("""
                {"method":"get","pathPattern":"/voice/api/v1/admin/accounts","status":429,"retryAfter":"1",
                 "body":"slow down","contentType":"text/plain","latencyMs":0,"dropConnection":false,"times":1}""")
                .send();
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("method").asText()).isEqualTo("GET");

        JsonNode pending = http.get("/__admin/faults").send().json();
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).get("remaining").asInt()).isEqualTo(1);

        TestHttp.Response faulted = http.get("/voice/api/v1/admin/accounts").apiToken(API_TOKEN).send();
        assertThat(faulted.status()).isEqualTo(429);
        assertThat(faulted.body()).isEqualTo("slow down");
        assertThat(faulted.header("Retry-After")).contains("1");
        assertThat(http.get("/__admin/faults").send().json()).isEmpty();

        http.post("/__admin/faults").json("{\"pathPattern\":\"*\",\"status\":500,\"times\":5}").send();
        assertThat(http.delete("/__admin/faults").send().status()).isEqualTo(204);
        assertThat(http.get("/voice/api/v1/admin/accounts").apiToken(API_TOKEN).send().status()).isEqualTo(200);
    }

    @Test
    void invalidFaultsAreRefused() {
        assertThat(http.post("/__admin/faults").json("{\"status\":500}").send().status()).isEqualTo(400);
        assertThat(http.post("/__admin/faults").json("{\"pathPattern\":\"*\"}").send().status()).isEqualTo(400);
        assertThat(http.post("/__admin/faults").json("{\"pathPattern\":\"*\",\"status\":500,\"colour\":\"red\"}")
                .send().json().get("details").asText()).contains("colour");
        assertThat(http.post("/__admin/faults").json("{\"pathPattern\":\"regex:[\",\"status\":500}").send()
                .status()).isEqualTo(400);
        assertThatThrownBy(() -> Fault.builder().pathPattern("*").status(500).times(0).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resetOverHttpRestoresDataAndClearsJournalAndFaults() {
        http.delete(SALES + "/agentGroups/1101").apiToken(API_TOKEN).send();
        SIM.simulator().addFault(Fault.builder().pathPattern("/never").status(500).build());

        assertThat(http.post("/__admin/reset").send().status()).isEqualTo(204);

        assertThat(SIM.simulator().journal()).isEmpty();
        assertThat(http.get("/__admin/faults").send().json()).isEmpty();
        assertThat(http.get(SALES + "/agentGroups/1101").apiToken(API_TOKEN).send().status()).isEqualTo(200);
    }
}
