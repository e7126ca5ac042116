package io.quarkiverse.engagevoice.client.queues;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;

/**
 * The recording server, a client of account {@value #ACCOUNT} with an API token, and checks of what arrived. The
 * simulator serves none of this area's operations, so each answer is canned as the OpenAPI file or the official
 * samples describe.
 */
final class QueueWireSupport {

    /** The account {@code ~} stands for. */
    static final String ACCOUNT = "1001";
    static final String TOKEN = "aws80:queues-test-token";
    /** The raw path of the account. */
    static final String A = "/voice/api/v1/admin/accounts/" + ACCOUNT;
    /** Queue group 31 and its queue 41: where most tests work. */
    static final int GROUP = 31;
    static final int GATE = 41;
    static final String GATE_PATH = A + "/gateGroups/" + GROUP + "/gates/" + GATE;

    private static final ObjectMapper JSON = new ObjectMapper();

    private QueueWireSupport() {
    }

    static EngageVoiceClient client(RecordingServer server) {
        return EngageVoiceClient.builder().server(server.url()).apiToken(TOKEN).accountId(ACCOUNT).build();
    }

    /** {@code METHOD raw-path[?raw-query]}. */
    static String line(Request r) {
        return r.method() + " " + r.rawPath() + (r.rawQuery() == null ? "" : "?" + r.rawQuery());
    }

    static List<String> lines(RecordingServer server) {
        return server.requests().stream().map(QueueWireSupport::line).toList();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request without a body, authenticated by the API token. */
    static void assertBodiless(Request r) {
        assertThat(r.body()).isEmpty();
        assertThat(r.header("X-Auth-Token")).isEqualTo(TOKEN);
    }

    /** A JSON request body equal to {@code expected}, authenticated by the API token. */
    static void assertJsonBody(Request r, String expected) {
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.header("X-Auth-Token")).isEqualTo(TOKEN);
        assertThat(json(r.body())).isEqualTo(json(expected));
    }

    /**
     * The values of an enum in the current OpenAPI file, found at {@code /paths/<path>/<method>/parameters[name]}, or
     * empty when the shared files are not here.
     */
    static Optional<List<String>> specEnum(String path, String method, String parameter) {
        return shared("specs", "ringcx-openapi3.json").map(text -> {
            List<String> values = new ArrayList<>();
            for (JsonNode p : json(text).path("paths").path(path).path(method).path("parameters")) {
                if (p.path("name").asText().equals(parameter)) {
                    p.path("schema").path("enum").forEach(v -> values.add(v.asText()));
                    return values;
                }
            }
            throw new IllegalStateException(method + " " + path + " has no parameter " + parameter);
        });
    }

    /**
     * An official sample response ({@code ../shared/reference/samples/<name>}), or empty when the shared files are not
     * here.
     */
    static Optional<String> sample(String name) {
        return shared("reference", "samples", name);
    }

    /** A file of the shared directory ({@code engagevoice.shared.dir}, else {@code ../shared}), when it is here. */
    private static Optional<String> shared(String first, String... more) {
        String configured = System.getProperty("engagevoice.shared.dir");
        List<Path> candidates = configured != null && !configured.isBlank() ? List.of(Path.of(configured))
                : List.of(Path.of("..", "..", "shared"), Path.of("..", "shared"));
        return candidates.stream().map(dir -> dir.resolve(Path.of(first, more)))
                .filter(Files::isRegularFile).findFirst().map(file -> {
                    try {
                        return Files.readString(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
