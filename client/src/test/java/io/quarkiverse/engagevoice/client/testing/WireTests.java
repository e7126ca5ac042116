package io.quarkiverse.engagevoice.client.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.engagevoice.client.Credentials;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/**
 * What the API-area tests share to check the wire: a client of a {@link RecordingServer} working on account
 * {@value #ACCOUNT_ID} with an API token, requests written as {@code METHOD raw-path[?raw-query]} lines, and
 * assertions on the credential and the body of what arrived.
 */
public final class WireTests {

    /** The account the client works on, which {@code ~} stands for. */
    public static final String ACCOUNT_ID = "1001";
    public static final String API_TOKEN = "aws80:wire-test-token";
    /** The API root the client puts before the interfaces' paths on current servers. */
    public static final String ROOT = "/voice/api";
    /** The raw path of the account {@code ~} stands for. */
    public static final String ACCOUNT = ROOT + "/v1/admin/accounts/" + ACCOUNT_ID;

    private static final ObjectMapper JSON = new ObjectMapper();

    private WireTests() {
    }

    /** A client of {@code server} authenticated by {@link #API_TOKEN}, working on {@link #ACCOUNT_ID}. */
    public static EngageVoiceClient client(RecordingServer server) {
        return EngageVoiceClient.builder().server(server.url()).credentials(Credentials.apiToken(API_TOKEN))
                .accountId(ACCOUNT_ID).build();
    }

    /** {@code METHOD raw-path[?raw-query]}. */
    public static String line(Request r) {
        return line(r.method(), r.rawPath(), r.rawQuery());
    }

    /** {@code METHOD raw-path[?raw-query]}, for a request the simulator received. */
    public static String line(RecordedRequest r) {
        return line(r.method(), r.path(), r.query());
    }

    /** Every request the server received, in arrival order, as {@link #line} lines. */
    public static List<String> lines(RecordingServer server) {
        return server.requests().stream().map(WireTests::line).toList();
    }

    /** The simulator's journal as {@link #line} lines. */
    public static List<String> lines(EngageVoiceSimulator sim) {
        return sim.journal().stream().map(WireTests::line).toList();
    }

    private static String line(String method, String rawPath, String rawQuery) {
        return method + " " + rawPath + (rawQuery == null ? "" : "?" + rawQuery);
    }

    /** JSON text as a tree, so that bodies compare regardless of property order and spacing. */
    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request without a body, authenticated by the API token, accepting an answer. */
    public static void assertBodiless(Request r) {
        assertThat(r.body()).as("body").isEmpty();
        assertThat(r.header("X-Auth-Token")).as("credential").isEqualTo(API_TOKEN);
        assertThat(r.header("Accept")).as("accept").isNotBlank();
    }

    /** A JSON request body equal to {@code expected}, authenticated by the API token. */
    public static void assertJsonBody(Request r, String expected) {
        assertThat(r.header("Content-Type")).as("content type").startsWith("application/json");
        assertThat(r.header("X-Auth-Token")).as("credential").isEqualTo(API_TOKEN);
        assertThat(json(r.body())).as("body").isEqualTo(json(expected));
    }

    /**
     * Asserts method, raw path, raw query ({@code null}: none) and the credential of the last request; returns the
     * request.
     */
    public static Request assertSent(RecordingServer server, String method, String rawPath, String rawQuery) {
        Request sent = server.lastRequest();
        assertThat(sent.method()).as("method").isEqualTo(method);
        assertThat(sent.rawPath()).as("path").isEqualTo(rawPath);
        assertThat(sent.rawQuery()).as("query").isEqualTo(rawQuery);
        assertThat(sent.header("X-Auth-Token")).as("credential").isEqualTo(API_TOKEN);
        assertThat(sent.header("Accept")).as("accept").isNotBlank();
        return sent;
    }

    /** As {@link #assertSent}, for a last request without a body. */
    public static Request assertSentWithoutBody(RecordingServer server, String method, String rawPath,
            String rawQuery) {
        Request sent = assertSent(server, method, rawPath, rawQuery);
        assertThat(sent.body()).as("body").isEmpty();
        return sent;
    }

    /** As {@link #assertSent}, for a last request with a JSON body equal to {@code expectedJson}. */
    public static Request assertSentJson(RecordingServer server, String method, String rawPath, String rawQuery,
            String expectedJson) {
        Request sent = assertSent(server, method, rawPath, rawQuery);
        assertThat(sent.header("Content-Type")).as("content type").startsWith("application/json");
        assertThat(json(sent.body())).as("body").isEqualTo(json(expectedJson));
        return sent;
    }
}
