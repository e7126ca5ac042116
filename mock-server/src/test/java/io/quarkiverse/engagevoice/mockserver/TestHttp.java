package io.quarkiverse.engagevoice.mockserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small JDK HTTP client for talking to the simulator in tests. */
final class TestHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    TestHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    TestHttp(EngageVoiceSimulator simulator) {
        this(simulator.baseUrl());
    }

    Call get(String pathAndQuery) {
        return new Call("GET", pathAndQuery);
    }

    Call post(String pathAndQuery) {
        return new Call("POST", pathAndQuery);
    }

    Call put(String pathAndQuery) {
        return new Call("PUT", pathAndQuery);
    }

    Call delete(String pathAndQuery) {
        return new Call("DELETE", pathAndQuery);
    }

    Call request(String method, String pathAndQuery) {
        return new Call(method, pathAndQuery);
    }

    /** One request being built. */
    final class Call {
        private final String method;
        private final String pathAndQuery;
        private final List<String> headers = new ArrayList<>();
        private String body;

        private Call(String method, String pathAndQuery) {
            this.method = method;
            this.pathAndQuery = pathAndQuery;
        }

        Call header(String name, String value) {
            headers.add(name);
            headers.add(value);
            return this;
        }

        Call bearer(String accessToken) {
            return header("Authorization", "Bearer " + accessToken);
        }

        Call apiToken(String token) {
            return header("X-Auth-Token", token);
        }

        Call json(String json) {
            this.body = json;
            return header("Content-Type", "application/json");
        }

        /** A form body from name, value pairs, URL-encoded. */
        Call form(String... namesAndValues) {
            StringBuilder form = new StringBuilder();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                if (form.length() > 0) {
                    form.append('&');
                }
                form.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
            }
            this.body = form.toString();
            return header("Content-Type", "application/x-www-form-urlencoded");
        }

        Call body(String body) {
            this.body = body;
            return this;
        }

        Response send() {
            try {
                return new Response(client.send(build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Sends and returns the failure, for requests the server is expected not to answer. */
        IOException sendExpectingFailure() {
            try {
                HttpResponse<String> response = client.send(build(), HttpResponse.BodyHandlers.ofString());
                throw new AssertionError("expected no answer, got " + response.statusCode());
            } catch (IOException expected) {
                return expected;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private HttpRequest build() {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                    .timeout(Duration.ofSeconds(10))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            for (int i = 0; i < headers.size(); i += 2) {
                builder.header(headers.get(i), headers.get(i + 1));
            }
            return builder.build();
        }
    }

    /** A received answer. */
    record Response(HttpResponse<String> raw) {
        int status() {
            return raw.statusCode();
        }

        String body() {
            return raw.body();
        }

        String contentType() {
            return raw.headers().firstValue("Content-Type").orElse(null);
        }

        Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + raw.statusCode() + "): " + raw.body(), e);
            }
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
