package io.quarkiverse.engagevoice.mockserver.internal.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.engagevoice.mockserver.internal.json.Json;
import io.quarkiverse.engagevoice.mockserver.internal.model.Layout;
import io.quarkiverse.engagevoice.mockserver.wire.Fault;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/**
 * The controls of a simulator running elsewhere (the Dev Service, another process), through its {@code /__admin}
 * endpoints. Closing it leaves that simulator running.
 */
public final class AdminClient implements SimulatorControls {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Layout layout;
    private final Duration tokenTtl;

    private AdminClient(URI baseUrl) {
        this.baseUrl = baseUrl;
        JsonNode settings = Json.parseObject(send("GET", "/__admin/settings", null, 200));
        this.layout = Layout.valueOf(settings.path("layout").asText());
        this.tokenTtl = Duration.parse(settings.path("tokenTtl").asText());
    }

    /** Connects to the simulator at {@code baseUrl}; fails, naming the URL, when no simulator answers there. */
    public static AdminClient connect(URI baseUrl) {
        return new AdminClient(baseUrl);
    }

    @Override
    public Layout layout() {
        return layout;
    }

    @Override
    public Duration tokenTtl() {
        return tokenTtl;
    }

    @Override
    public List<RecordedRequest> journal() {
        List<RecordedRequest> journal = new ArrayList<>();
        for (JsonNode entry : Json.parse(send("GET", "/__admin/requests", null, 200)).orElseThrow()) {
            journal.add(new RecordedRequest(entry.path("method").asText(), entry.path("effectiveMethod").asText(),
                    entry.path("path").asText(), entry.path("query").isNull() ? null : entry.path("query").asText(),
                    multiMap(entry.path("queryParams"), new LinkedHashMap<>()),
                    multiMap(entry.path("headers"), new TreeMap<>(String.CASE_INSENSITIVE_ORDER)),
                    entry.path("body").asText(), Instant.parse(entry.path("receivedAt").asText())));
        }
        return Collections.unmodifiableList(journal);
    }

    @Override
    public void clearJournal() {
        send("DELETE", "/__admin/requests", null, 204);
    }

    @Override
    public void addFault(Fault fault) {
        send("POST", "/__admin/faults", Json.write(FaultJson.write(fault)), 201);
    }

    @Override
    public void clearFaults() {
        send("DELETE", "/__admin/faults", null, 204);
    }

    @Override
    public void reset() {
        send("POST", "/__admin/reset", null, 204);
    }

    @Override
    public void close() {
        // the simulator belongs to whoever started it
    }

    @Override
    public String toString() {
        return "the simulator at " + baseUrl;
    }

    private String send(String method, String path, String json, int expectedStatus) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(TIMEOUT)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("no simulator answers " + method + " " + baseUrl.resolve(path), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + method + " " + baseUrl.resolve(path), e);
        }
        if (response.statusCode() != expectedStatus) {
            throw new IllegalStateException(method + " " + baseUrl.resolve(path) + " answered " + response.statusCode()
                    + " instead of " + expectedStatus + ": " + response.body());
        }
        return response.body();
    }

    private static Map<String, List<String>> multiMap(JsonNode json, Map<String, List<String>> into) {
        json.fields().forEachRemaining(field -> {
            List<String> values = new ArrayList<>();
            field.getValue().forEach(value -> values.add(value.asText()));
            into.put(field.getKey(), List.copyOf(values));
        });
        return Collections.unmodifiableMap(into);
    }
}
