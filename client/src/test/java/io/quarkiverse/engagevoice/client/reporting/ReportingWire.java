package io.quarkiverse.engagevoice.client.reporting;

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

/** A recording server and a client of it for the reporting tests, and what they need to read the wire. */
final class ReportingWire {

    /** The account {@code ~} stands for. */
    static final String ACCOUNT = "1001";
    static final String API_TOKEN = "rep80:0b9f7c44-2d1e-4c3a-9f10-6a5e2b7d8c01";
    /** The API root the client puts before the interfaces' paths. */
    static final String ROOT = "/voice/api";
    static final String RC_ACCOUNT = "980634004";
    static final String SUB_ACCOUNT = "99999999";
    /** The {@code /cx} prefix of the sub-account above. */
    static final String CX = ROOT + "/cx/integration/v1/accounts/" + RC_ACCOUNT + "/sub-accounts/" + SUB_ACCOUNT;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportingWire() {
    }

    static EngageVoiceClient client(RecordingServer server) {
        return EngageVoiceClient.builder().server(server.url()).apiToken(API_TOKEN).accountId(ACCOUNT).build();
    }

    /** {@code METHOD raw-path[?raw-query]}. */
    static String line(RecordingServer.Request r) {
        return r.method() + " " + r.rawPath() + (r.rawQuery() == null ? "" : "?" + r.rawQuery());
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The official OpenAPI file as JSON, or empty when {@code ../shared/specs} is not here. */
    static Optional<JsonNode> spec() {
        String configured = System.getProperty("engagevoice.shared.dir");
        List<Path> candidates = configured != null && !configured.isBlank() ? List.of(Path.of(configured))
                : List.of(Path.of("..", "..", "shared"), Path.of("..", "shared"));
        return candidates.stream().map(dir -> dir.resolve("specs").resolve("ringcx-openapi3.json"))
                .filter(Files::isRegularFile).findFirst().map(file -> {
                    try {
                        return JSON.readTree(file.toFile());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
