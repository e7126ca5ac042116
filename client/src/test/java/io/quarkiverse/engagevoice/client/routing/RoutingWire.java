package io.quarkiverse.engagevoice.client.routing;

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
 * The cloud-routing operations on a recording server (the simulator serves none of them): a client working on account
 * {@value #ACCOUNT} with an API token, and assertions on what arrived. Answers are canned as the OpenAPI file's
 * schemas describe them; the official samples hold none for cloud routing.
 */
final class RoutingWire {

    static final String ACCOUNT = "1001";
    static final String TOKEN = "aws80:routing-area-test-token";
    /** The raw path {@code ~} stands for: the account the client works on. */
    static final String A = "/voice/api/v1/admin/accounts/" + ACCOUNT;
    /** Destination group 21, its destination 22; profile group 31, its profile 32; assignment 41. */
    static final int DEST_GROUP = 21;
    static final int DEST = 22;
    static final int PROFILE_GROUP = 31;
    static final int PROFILE = 32;
    static final int ASSIGNMENT = 41;
    static final String DEST_PATH = A + "/cloudRouteDestinationGroups/" + DEST_GROUP + "/cloudRouteDestinations/" + DEST;
    static final String PROFILE_PATH = A + "/cloudRouteProfileGroups/" + PROFILE_GROUP + "/cloudRouteProfiles/"
            + PROFILE;

    private static final ObjectMapper JSON = new ObjectMapper();

    private RoutingWire() {
    }

    static EngageVoiceClient client(RecordingServer server) {
        return EngageVoiceClient.builder().server(server.url()).apiToken(TOKEN).accountId(ACCOUNT).build();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code METHOD raw-path[?raw-query]} of every request, in arrival order. */
    static List<String> lines(RecordingServer server) {
        return server.requests().stream()
                .map(r -> r.method() + " " + r.rawPath() + (r.rawQuery() == null ? "" : "?" + r.rawQuery())).toList();
    }

    /** Asserts method, raw path, raw query ({@code null}: none) and the credential of the last request. */
    static Request assertSent(RecordingServer server, String method, String rawPath, String rawQuery) {
        Request sent = server.lastRequest();
        assertThat(sent.method()).as("method").isEqualTo(method);
        assertThat(sent.rawPath()).as("path").isEqualTo(rawPath);
        assertThat(sent.rawQuery()).as("query").isEqualTo(rawQuery);
        assertThat(sent.header("X-Auth-Token")).as("credential").isEqualTo(TOKEN);
        assertThat(sent.header("Accept")).as("accept").isNotBlank();
        return sent;
    }

    /** Asserts a last request without a body. */
    static Request assertSentWithoutBody(RecordingServer server, String method, String rawPath, String rawQuery) {
        Request sent = assertSent(server, method, rawPath, rawQuery);
        assertThat(sent.body()).as("body").isEmpty();
        return sent;
    }

    /** Asserts a last request with a JSON body equal to {@code expectedJson}. */
    static Request assertSentJson(RecordingServer server, String method, String rawPath, String rawQuery,
            String expectedJson) {
        Request sent = assertSent(server, method, rawPath, rawQuery);
        assertThat(sent.header("Content-Type")).as("content type").startsWith("application/json");
        assertThat(json(sent.body())).as("body").isEqualTo(json(expectedJson));
        return sent;
    }

    /** The current OpenAPI file ({@code engagevoice.shared.dir}/specs, else {@code ../shared/specs}), when here. */
    static Optional<JsonNode> spec() {
        String configured = System.getProperty("engagevoice.shared.dir");
        List<Path> dirs = configured != null && !configured.isBlank() ? List.of(Path.of(configured))
                : List.of(Path.of("..", "..", "shared"), Path.of("..", "shared"));
        return dirs.stream().map(d -> d.resolve("specs").resolve("ringcx-openapi3.json"))
                .filter(Files::isRegularFile).findFirst().map(f -> {
                    try {
                        return JSON.readTree(f.toFile());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
