package io.quarkiverse.engagevoice.client.resources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulatorExtension;
import io.quarkiverse.engagevoice.mockserver.ManualClock;
import io.quarkiverse.engagevoice.mockserver.RecordedRequest;
import io.quarkiverse.engagevoice.mockserver.SimulatorCredentials;

/** The simulator, a client of its sales account, and the journal read as wire lines. */
final class ResourceTestSupport {

    /** When every test's simulator thinks it is: creation dates are exact. */
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    /** The raw path of the sales account, which {@code ~} stands for in these tests. */
    static final String SALES = "/voice/api/v1/admin/accounts/" + SimulatorCredentials.SALES_ACCOUNT_ID;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResourceTestSupport() {
    }

    /** A simulator for a test class, on a manual clock at {@link #NOW}, reset before each test. */
    static EngageVoiceSimulatorExtension simulator() {
        return EngageVoiceSimulatorExtension.builder().clock(new ManualClock(NOW)).resetBeforeEach(true).build();
    }

    /** A client with the simulator's API token, working on the sales account. */
    static EngageVoiceClient client(EngageVoiceSimulator sim) {
        return EngageVoiceClient.builder()
                .server(sim.baseUrl())
                .apiToken(SimulatorCredentials.API_TOKEN)
                .accountId(SimulatorCredentials.SALES_ACCOUNT_ID)
                .build();
    }

    /** {@code METHOD raw-path[?raw-query]}. */
    static String line(RecordedRequest r) {
        return r.method() + " " + r.path() + (r.query() == null ? "" : "?" + r.query());
    }

    /** The journal as {@link #line} lines. */
    static List<String> lines(EngageVoiceSimulator sim) {
        return sim.journal().stream().map(ResourceTestSupport::line).toList();
    }

    /** The last request the simulator received. */
    static RecordedRequest last(EngageVoiceSimulator sim) {
        List<RecordedRequest> journal = sim.journal();
        return journal.get(journal.size() - 1);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body of a request as JSON. */
    static JsonNode body(RecordedRequest r) {
        return json(r.body());
    }

    /**
     * The values of an enum in the current OpenAPI file, found at {@code /paths/<path>/<method>/parameters[name]},
     * or empty when the official files ({@code ../shared/specs}) are not here.
     */
    static Optional<List<String>> specEnum(String path, String method, String parameter) {
        String configured = System.getProperty("engagevoice.shared.dir");
        List<Path> candidates = configured != null && !configured.isBlank() ? List.of(Path.of(configured))
                : List.of(Path.of("..", "..", "shared"), Path.of("..", "shared"));
        Optional<Path> file = candidates.stream().map(dir -> dir.resolve("specs").resolve("ringcx-openapi3.json"))
                .filter(Files::isRegularFile).findFirst();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode operation = JSON.readTree(file.get().toFile()).path("paths").path(path).path(method);
            for (JsonNode p : operation.path("parameters")) {
                if (p.path("name").asText().equals(parameter)) {
                    List<String> values = new ArrayList<>();
                    p.path("schema").path("enum").forEach(v -> values.add(v.asText()));
                    return Optional.of(values);
                }
            }
            throw new IllegalStateException(method + " " + path + " has no parameter " + parameter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
