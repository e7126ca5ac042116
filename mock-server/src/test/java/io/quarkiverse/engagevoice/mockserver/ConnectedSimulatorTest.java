package io.quarkiverse.engagevoice.mockserver;

import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.API_TOKEN;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.SALES_ACCOUNT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.mockserver.wire.Fault;

/** Controls of a simulator running elsewhere, through its {@code /__admin} endpoints: what a joining test uses. */
class ConnectedSimulatorTest {

    private static final String AGENT_GROUPS = "/voice/api/v1/admin/accounts/" + SALES_ACCOUNT_ID + "/agentGroups";

    @Test
    void seesTheJournalArmsFaultsAndResetsTheRunningSimulator() {
        try (EngageVoiceSimulator running = EngageVoiceSimulator.builder().tokenTtl(Duration.ofMinutes(7)).start()) {
            EngageVoiceSimulator connected = EngageVoiceSimulator.connect(running.baseUrl() + "/");
            TestHttp http = new TestHttp(running);

            assertThat(connected.baseUrl()).isEqualTo(running.baseUrl());
            assertThat(connected.legacy()).isFalse();
            assertThat(connected.tokenTtl()).isEqualTo(Duration.ofMinutes(7));
            assertThat(connected.apiBaseUrl()).isEqualTo(running.baseUrl() + "/voice/api");

            http.get(AGENT_GROUPS + "?page=2").apiToken(API_TOKEN).send();
            assertThat(connected.journal()).singleElement().satisfies(r -> {
                assertThat(r.method()).isEqualTo("GET");
                assertThat(r.path()).isEqualTo(AGENT_GROUPS);
                assertThat(r.query()).isEqualTo("page=2");
                assertThat(r.queryParam("page")).isEqualTo("2");
                assertThat(r.header("x-auth-token")).isEqualTo(API_TOKEN);
            });
            assertThat(connected.journal()).isEqualTo(running.journal());

            connected.addFault(Fault.builder().method("GET").pathPattern(AGENT_GROUPS).status(503).retryAfter("3")
                    .build());
            TestHttp.Response faulted = http.get(AGENT_GROUPS).apiToken(API_TOKEN).send();
            assertThat(faulted.status()).isEqualTo(503);
            assertThat(faulted.header("Retry-After")).contains("3");

            connected.addFault(Fault.builder().pathPattern(AGENT_GROUPS).status(500).build());
            connected.clearFaults();
            assertThat(http.get(AGENT_GROUPS).apiToken(API_TOKEN).send().status()).isEqualTo(200);

            connected.clearJournal();
            assertThat(running.journal()).isEmpty();

            http.post(AGENT_GROUPS).apiToken(API_TOKEN).json("{\"groupName\":\"Temporary\"}").send();
            connected.reset();
            assertThat(http.get(AGENT_GROUPS).apiToken(API_TOKEN).send().json()).hasSize(2);

            connected.close();
            assertThat(http.get(AGENT_GROUPS).apiToken(API_TOKEN).send().status())
                    .as("closing the connection leaves the simulator running").isEqualTo(200);
        }
    }

    @Test
    void knowsALegacySimulator() {
        try (EngageVoiceSimulator running = EngageVoiceSimulator.builder().legacy(true).start()) {
            EngageVoiceSimulator connected = EngageVoiceSimulator.connect(running.baseUrl());

            assertThat(connected.legacy()).isTrue();
            assertThat(connected.apiRoot()).isEqualTo("/api");
        }
    }

    @Test
    void namesTheUrlWhereNoSimulatorAnswers() {
        String nobody = "http://127.0.0.1:1"; // tcpmux: nothing listens there

        assertThatThrownBy(() -> EngageVoiceSimulator.connect(nobody)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(nobody + "/__admin/settings");
        assertThatThrownBy(() -> EngageVoiceSimulator.connect("127.0.0.1:8089"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("127.0.0.1:8089");
    }
}
