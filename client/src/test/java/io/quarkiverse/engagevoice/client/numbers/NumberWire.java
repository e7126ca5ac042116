package io.quarkiverse.engagevoice.client.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;

/**
 * The recording server, a client of account {@value #ACCOUNT} with an API token, and checks of what arrived. The
 * simulator serves none of the phone-number operations, so each answer is canned as the OpenAPI file's schema
 * describes (the official samples have none for this area).
 */
final class NumberWire {

    /** The account {@code ~} stands for. */
    static final String ACCOUNT = "1001";
    static final String TOKEN = "aws80:numbers-test-token";
    /** The raw path of the account. */
    static final String A = "/voice/api/v1/admin/accounts/" + ACCOUNT;
    /** The raw path of the telephone number manager. */
    static final String TN = "/voice/api/v1/admin/utilities/tnManager";

    private static final ObjectMapper JSON = new ObjectMapper();

    private NumberWire() {
    }

    static EngageVoiceClient client(RecordingServer server) {
        return EngageVoiceClient.builder().server(server.url()).apiToken(TOKEN).accountId(ACCOUNT).build();
    }

    /** {@code METHOD raw-path[?raw-query]}. */
    static String line(Request r) {
        return r.method() + " " + r.rawPath() + (r.rawQuery() == null ? "" : "?" + r.rawQuery());
    }

    static List<String> lines(RecordingServer server) {
        return server.requests().stream().map(NumberWire::line).toList();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request without a body, authenticated by the API token, accepting an answer. */
    static void assertBodiless(Request r) {
        assertThat(r.body()).as("body").isEmpty();
        assertThat(r.header("X-Auth-Token")).as("credential").isEqualTo(TOKEN);
        assertThat(r.header("Accept")).as("accept").isNotBlank();
    }

    /** A JSON request body equal to {@code expected}, authenticated by the API token. */
    static void assertJsonBody(Request r, String expected) {
        assertThat(r.header("Content-Type")).as("content type").startsWith("application/json");
        assertThat(r.header("X-Auth-Token")).as("credential").isEqualTo(TOKEN);
        assertThat(json(r.body())).as("body").isEqualTo(json(expected));
    }
}
