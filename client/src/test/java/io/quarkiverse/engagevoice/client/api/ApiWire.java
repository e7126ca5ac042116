package io.quarkiverse.engagevoice.client.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.engagevoice.client.Credentials;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.testing.WireTests;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulatorExtension;
import io.quarkiverse.engagevoice.mockserver.ManualClock;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/**
 * These tests run on the simulator rather than the recording server: a simulator on a fixed clock, a client of its
 * sales account, and its journal.
 */
final class ApiWire {

    /** When every test's simulator thinks it is: creation dates are exact. */
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    /** The raw path of the sales account, which {@code ~} stands for in these tests. */
    static final String SALES = "/voice/api/v1/admin/accounts/" + SimulatorCredentials.SALES_ACCOUNT_ID;

    private ApiWire() {
    }

    /** A simulator for a test class, on a manual clock at {@link #NOW}, reset before each test. */
    static EngageVoiceSimulatorExtension simulator() {
        return EngageVoiceSimulatorExtension.builder().clock(new ManualClock(NOW)).resetBeforeEach(true).build();
    }

    /** A client with the simulator's API token, working on the sales account. */
    static EngageVoiceClient client(EngageVoiceSimulator sim) {
        return EngageVoiceClient.builder()
                .server(sim.baseUrl())
                .credentials(Credentials.apiToken(SimulatorCredentials.API_TOKEN))
                .accountId(SimulatorCredentials.SALES_ACCOUNT_ID)
                .build();
    }

    /** The last request the simulator received. */
    static RecordedRequest last(EngageVoiceSimulator sim) {
        List<RecordedRequest> journal = sim.journal();
        return journal.get(journal.size() - 1);
    }

    /** The body of a request as JSON. */
    static JsonNode body(RecordedRequest r) {
        return WireTests.json(r.body());
    }
}
