package io.quarkiverse.engagevoice.client.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 that records every request exactly as it arrived and answers with queued or
 * default responses. Used to check what the client puts on the wire.
 * <p>
 * On a static {@code @RegisterExtension} field it serves one test class: each test starts from an empty record with no
 * queued answers ({@link #reset()}), and the server stops after the last test ({@link #close()}).
 */
public final class RecordingServer implements AutoCloseable, BeforeEachCallback, AfterAllCallback {

    /** A request as received: raw path and query, headers (lower-case names), body. */
    public record Request(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> v = headers.get(name.toLowerCase());
            return v == null || v.isEmpty() ? null : v.get(0);
        }

        /** Query parameters decoded as a server would (percent-decoding, '+' as space), repeated keys kept. */
        public Map<String, List<String>> queryParams() {
            return decodeForm(rawQuery);
        }

        /** The body read as an {@code application/x-www-form-urlencoded} form. */
        public Map<String, List<String>> formParams() {
            return decodeForm(body);
        }

        private static Map<String, List<String>> decodeForm(String encoded) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            if (encoded == null || encoded.isEmpty()) {
                return out;
            }
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            }
            return out;
        }
    }

    /** A canned answer. */
    public record Answer(int status, String contentType, String body, Map<String, String> headers) {
        public static Answer json(int status, String body) {
            return new Answer(status, "application/json", body, Map.of());
        }

        public static Answer text(int status, String body) {
            return new Answer(status, "text/plain", body, Map.of());
        }

        /** No answer: the server closes the connection after reading the request. */
        public static Answer dropConnection() {
            return new Answer(0, null, null, Map.of());
        }

        /**
         * The status at once, then the body one byte every {@code interval}: a server that keeps each read within a
         * read timeout but never finishes in time.
         */
        public static Answer trickle(int status, String body, java.time.Duration interval) {
            return new Answer(status, "application/json", body, Map.of(TRICKLE, String.valueOf(interval.toMillis())));
        }

        public Answer withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Answer(status, contentType, body, h);
        }
    }

    /** The pseudo header of a trickled answer, never sent. */
    private static final String TRICKLE = "X-Recording-Server-Trickle-Millis";

    private final String sharedKey;
    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Answer> queued = new ConcurrentLinkedDeque<>();
    private volatile Answer fallback = Answer.json(200, "{}");
    private boolean closed;

    private RecordingServer(String sharedKey, HttpServer server) {
        this.sharedKey = sharedKey;
        this.server = server;
    }

    /** A server listening at once on a port the system picks. */
    public static RecordingServer start() {
        return serving(null, SharedHttpServers.bindNow(address -> HttpServer.create(address, 0)));
    }

    /**
     * A server listening at once, and found again under {@code key} for the whole JVM. Quarkus unit tests load a test
     * class twice (to configure the application, then to run the tests): the first copy binds the server and hands
     * out its URL, the second gets the same server and answers its requests ({@link SharedHttpServers}).
     */
    public static RecordingServer shared(String key) {
        String sharedKey = "recording-server." + key;
        return serving(sharedKey, SharedHttpServers.bindOnce(sharedKey, address -> HttpServer.create(address, 0)));
    }

    private static RecordingServer serving(String sharedKey, HttpServer server) {
        RecordingServer recording = new RecordingServer(sharedKey, server);
        SharedHttpServers.serveWith(server, recording::handle);
        return recording;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers the next request with {@code answer}; queued answers are used in order. */
    public RecordingServer enqueue(Answer answer) {
        queued.add(answer);
        return this;
    }

    /** Answers every request without a queued answer with {@code answer}. */
    public RecordingServer answerByDefault(Answer answer) {
        this.fallback = answer;
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public Request lastRequest() {
        return requests.get(requests.size() - 1);
    }

    public void reset() {
        requests.clear();
        queued.clear();
        fallback = Answer.json(200, "{}");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), List.copyOf(v)));
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers, body));
        Answer answer = queued.poll();
        if (answer == null) {
            answer = fallback;
        }
        if (answer.status() == 0) {
            // no status line: closing the exchange before its headers closes the connection
            exchange.close();
            return;
        }
        byte[] bytes = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
        if (answer.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        }
        String trickle = answer.headers().get(TRICKLE);
        answer.headers().forEach((k, v) -> {
            if (!k.equals(TRICKLE)) {
                exchange.getResponseHeaders().set(k, v);
            }
        });
        if (trickle != null) {
            trickle(exchange, answer.status(), bytes, Long.parseLong(trickle));
            return;
        }
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void trickle(HttpExchange exchange, int status, byte[] bytes, long intervalMillis)
            throws IOException {
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            for (byte b : bytes) {
                out.write(b);
                out.flush();
                try {
                    Thread.sleep(intervalMillis); // the server's pace, not a wait for the test
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } catch (IOException gone) {
            // the client gave up: what is being tested
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (sharedKey != null) {
            SharedHttpServers.stop(sharedKey);
        } else {
            SharedHttpServers.stop(server);
        }
    }
}
