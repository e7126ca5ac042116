package io.quarkiverse.engagevoice.client.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;

/**
 * The remote HTTP service and external authentication operations (the simulator serves none of them), checked on a recording server: a client working on
 * account 1001 with an API token, and assertions on what arrived.
 */
final class ServicesWire {

    static final String TOKEN = "aws80:services-area-test-token";
    static final String ROOT = "/voice/api";
    /** The raw path {@code ~} stands for: the account the client works on. */
    static final String ACCOUNT = ROOT + "/v1/admin/accounts/1001";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServicesWire() {
    }

    /**
     * An official sample response from {@code engagevoice.shared.dir}/reference/samples (else
     * {@code ../shared/reference/samples} next to the project root), or empty when the files are not here.
     */
    static Optional<String> sample(String name) {
        return shared(Path.of("reference", "samples", name));
    }

    /** The current OpenAPI file, parsed, or empty when it is not here. */
    static Optional<JsonNode> spec() {
        return shared(Path.of("specs", "ringcx-openapi3.json")).map(ServicesWire::json);
    }

    private static Optional<String> shared(Path relative) {
        String configured = System.getProperty("engagevoice.shared.dir");
        List<Path> dirs = configured != null && !configured.isBlank() ? List.of(Path.of(configured))
                : List.of(Path.of("..", "..", "shared"), Path.of("..", "shared"));
        return dirs.stream().map(d -> d.resolve(relative))
                .filter(Files::isRegularFile).findFirst().map(f -> {
                    try {
                        return Files.readString(f);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    static EngageVoiceClient client(RecordingServer server) {
        return EngageVoiceClient.builder().server(server.url()).apiToken(TOKEN).accountId("1001").build();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts method, raw path, raw query ({@code null}: none) and the credential; returns the request. */
    static Request assertSent(RecordingServer server, String method, String rawPath, String rawQuery) {
        Request sent = server.lastRequest();
        assertThat(sent.method()).as("method").isEqualTo(method);
        assertThat(sent.rawPath()).as("path").isEqualTo(rawPath);
        assertThat(sent.rawQuery()).as("query").isEqualTo(rawQuery);
        assertThat(sent.header("X-Auth-Token")).as("credential").isEqualTo(TOKEN);
        assertThat(sent.header("Accept")).as("accept").isNotBlank();
        return sent;
    }

    /** Asserts a request with no body. */
    static Request assertSentWithoutBody(RecordingServer server, String method, String rawPath, String rawQuery) {
        Request sent = assertSent(server, method, rawPath, rawQuery);
        assertThat(sent.body()).as("body").isEmpty();
        return sent;
    }

    /** Asserts a JSON request whose body equals {@code expectedJson}. */
    static Request assertSentJson(RecordingServer server, String method, String rawPath, String rawQuery,
            String expectedJson) {
        Request sent = assertSent(server, method, rawPath, rawQuery);
        assertThat(sent.header("Content-Type")).as("content type").startsWith("application/json");
        assertThat(json(sent.body())).as("body").isEqualTo(json(expectedJson));
        return sent;
    }
}
