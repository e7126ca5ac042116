package io.quarkiverse.engagevoice.client.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.engagevoice.client.Credentials;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.Transport;
import io.quarkiverse.engagevoice.client.auth.ManagedTokenProvider;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulatorExtension;
import io.quarkiverse.engagevoice.mockserver.ManualClock;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/**
 * What the wire tests share, on either real server. On a {@link RecordingServer}: a client working on account
 * {@value #ACCOUNT_ID} with an API token, and assertions on the credential and the body of what arrived. On the
 * simulator: a simulator on a manual clock at {@link #NOW}, clients of its sales account or of its login flows, and
 * readings of its journal. On both: requests written as {@code METHOD raw-path[?raw-query]} lines, bodies as JSON.
 */
public final class WireTests {

    /** The account the client works on, which {@code ~} stands for. */
    public static final String ACCOUNT_ID = "1001";
    public static final String API_TOKEN = "aws80:wire-test-token";
    /** The API root the client puts before the interfaces' paths on current servers. */
    public static final String ROOT = "/voice/api";
    /** The raw path of the account {@code ~} stands for. */
    public static final String ACCOUNT = ROOT + "/v1/admin/accounts/" + ACCOUNT_ID;

    /** When every simulator test's manual clock stands at the start: creation dates and token times are exact. */
    public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    /** The raw path of the simulator's sales account, which {@code ~} stands for in the simulator tests. */
    public static final String SALES = ROOT + "/v1/admin/accounts/" + SimulatorCredentials.SALES_ACCOUNT_ID;
    /** The simulator's authentication paths, and its list of accounts (the first call after a login). */
    public static final String EXCHANGE = "/api/auth/login/rc/accesstoken";
    public static final String REFRESH = "/api/auth/token/refresh";
    public static final String ENGAGE_LOGIN = "/api/auth/login/admin";
    public static final String LEGACY_LOGIN = "/api/v1/auth/login";
    public static final String RC_TOKEN = "/restapi/oauth/token";
    public static final String ACCOUNTS = ROOT + "/v1/admin/accounts";

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

    /** A manual clock at {@link #NOW}. */
    public static ManualClock clock() {
        return new ManualClock(NOW);
    }

    /** A simulator for a test class, on a manual clock at {@link #NOW}, reset before each test. */
    public static EngageVoiceSimulatorExtension simulator() {
        return EngageVoiceSimulatorExtension.builder().clock(clock()).resetBeforeEach(true).build();
    }

    /** A simulator started now on {@code clock}, with five-minute tokens; the test closes it. */
    public static EngageVoiceSimulator start(ManualClock clock, boolean legacy) {
        return EngageVoiceSimulator.builder().port(0).legacy(legacy).tokenTtl(Duration.ofMinutes(5)).clock(clock).start();
    }

    /** A client of the simulator with its API token, working on the sales account. */
    public static EngageVoiceClient client(EngageVoiceSimulator sim) {
        return EngageVoiceClient.builder()
                .server(sim.baseUrl())
                .credentials(Credentials.apiToken(SimulatorCredentials.API_TOKEN))
                .accountId(SimulatorCredentials.SALES_ACCOUNT_ID)
                .build();
    }

    /** A builder pointed at the simulator, on its clock, without credentials. */
    public static EngageVoiceClient.Builder clientBuilder(EngageVoiceSimulator sim, ManualClock clock) {
        return EngageVoiceClient.builder()
                .server(sim.baseUrl())
                .legacy(sim.legacy() ? Boolean.TRUE : null)
                .transport(Transport.defaults().withApplication("auth-test", "1.0"))
                .clock(clock);
    }

    /** A client of the RingCentral JWT flow with the simulator's demo credentials. */
    public static EngageVoiceClient jwtClient(EngageVoiceSimulator sim, ManualClock clock) {
        return clientBuilder(sim, clock)
                .credentials(
                        Credentials.ringCentralJwt(SimulatorCredentials.RC_CLIENT_ID, SimulatorCredentials.RC_CLIENT_SECRET,
                                SimulatorCredentials.RC_JWT_ASSERTION, sim.baseUrl()))
                .build();
    }

    /** The token provider a client with login credentials builds. */
    public static ManagedTokenProvider managed(EngageVoiceClient client) {
        return (ManagedTokenProvider) client.tokenProvider();
    }

    /** The last request the simulator received. */
    public static RecordedRequest last(EngageVoiceSimulator sim) {
        List<RecordedRequest> journal = sim.journal();
        return journal.get(journal.size() - 1);
    }

    /** The requests the simulator received on {@code path}, in arrival order. */
    public static List<RecordedRequest> requests(EngageVoiceSimulator sim, String path) {
        return sim.journal().stream().filter(r -> r.path().equals(path)).toList();
    }

    /** How many requests the simulator received on {@code path}. */
    public static long count(EngageVoiceSimulator sim, String path) {
        return requests(sim, path).size();
    }

    /** The simulator's journal as {@code METHOD path} lines, without the queries. */
    public static List<String> pathLines(EngageVoiceSimulator sim) {
        return sim.journal().stream().map(r -> r.method() + " " + r.path()).toList();
    }

    /** The body of a request the simulator received, as JSON. */
    public static JsonNode body(RecordedRequest r) {
        return json(r.body());
    }

    /** A form body decoded as a server would. */
    public static Map<String, String> form(RecordedRequest r) {
        Map<String, String> out = new LinkedHashMap<>();
        if (r.body() == null || r.body().isEmpty()) {
            return out;
        }
        for (String pair : r.body().split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
