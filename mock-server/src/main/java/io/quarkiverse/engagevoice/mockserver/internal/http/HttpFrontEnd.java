package io.quarkiverse.engagevoice.mockserver.internal.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiException;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiRequest;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiResponse;
import io.quarkiverse.engagevoice.mockserver.internal.routing.QueryParams;
import io.quarkiverse.engagevoice.mockserver.wire.Fault;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.file.FileSystemOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * The Vert.x HTTP server in front of the simulator's {@link RequestHandling}. Per request: read the whole body, answer
 * {@code /__admin} directly, otherwise resolve tunnelling, journal the request, apply a matching fault (latency
 * by timer, never by blocking), and hand the request to the engine.
 */
public final class HttpFrontEnd implements AutoCloseable {

    private static final long START_TIMEOUT_SECONDS = 30;

    private final Vertx vertx;
    private final HttpServer server;
    private final RequestHandling engine;

    private HttpFrontEnd(Vertx vertx, RequestHandling engine, HttpServerOptions options) {
        this.vertx = vertx;
        this.engine = engine;
        this.server = vertx.createHttpServer(options).requestHandler(this::onRequest);
    }

    /** Starts listening; blocks until the port is bound. */
    public static HttpFrontEnd start(RequestHandling engine, String host, int port) {
        // no file cache: Vert.x would otherwise create a .vertx directory in the working directory
        Vertx vertx = Vertx.vertx(new VertxOptions()
                .setEventLoopPoolSize(1)
                .setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1)
                .setFileSystemOptions(new FileSystemOptions().setFileCachingEnabled(false)
                        .setClassPathResolvingEnabled(false)));
        // HTTP/1.1 only: no h2c upgrade, so that what the journal shows is what an HTTP/1.1 client sent;
        // "Expect: 100-continue" is answered at once so that such clients do not stall before sending bodies
        HttpServerOptions options = new HttpServerOptions().setHost(host).setPort(port)
                .setHttp2ClearTextEnabled(false)
                .setHandle100ContinueAutomatically(true);
        HttpFrontEnd frontEnd = new HttpFrontEnd(vertx, engine, options);
        try {
            frontEnd.server.listen().toCompletionStage().toCompletableFuture()
                    .get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            vertx.close();
            throw new IllegalStateException("interrupted while starting the simulator", e);
        } catch (ExecutionException | TimeoutException e) {
            vertx.close();
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("the simulator could not listen on " + host + ":" + port + ": " + cause,
                    cause);
        }
        return frontEnd;
    }

    public int port() {
        return server.actualPort();
    }

    @Override
    public void close() {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the simulator did not stop cleanly", e);
        }
    }

    private void onRequest(HttpServerRequest request) {
        request.body().onComplete(body -> {
            if (body.failed()) {
                request.connection().close();
            } else {
                process(request, body.result().toString(StandardCharsets.UTF_8));
            }
        });
    }

    private void process(HttpServerRequest request, String body) {
        Instant now = engine.clock().instant();
        String rawPath = request.path();
        String rawQuery = request.query();
        Map<String, List<String>> headers = headers(request);
        QueryParams query = QueryParams.parse(rawQuery);
        String wireMethod = request.method().name();

        if (rawPath.equals("/__admin") || rawPath.startsWith("/__admin/")) {
            write(request, engine.handleAdmin(new ApiRequest(wireMethod, rawPath, query, headers, body, now)));
            return;
        }
        MethodOverride.Decision method = MethodOverride.resolve(wireMethod, first(headers, MethodOverride.HEADER),
                query.first(MethodOverride.QUERY_PARAMETER));
        engine.record(new RecordedRequest(wireMethod, method.effectiveMethod(), rawPath, rawQuery, query.asMap(),
                headers, body, now));
        ApiRequest apiRequest = new ApiRequest(method.effectiveMethod(), rawPath,
                query.without(MethodOverride.QUERY_PARAMETER), headers, body, now);
        if (method.refused()) {
            write(request, engine.render(ApiException.badRequest(method.refusal()), apiRequest));
            return;
        }
        Optional<Fault> fault = engine.faults().take(method.effectiveMethod(), rawPath);
        if (fault.isEmpty()) {
            write(request, engine.handle(apiRequest));
        } else if (fault.get().latency().isZero()) {
            applyFault(request, fault.get(), apiRequest);
        } else {
            vertx.setTimer(Math.max(1, fault.get().latency().toMillis()),
                    timer -> applyFault(request, fault.get(), apiRequest));
        }
    }

    private void applyFault(HttpServerRequest request, Fault fault, ApiRequest apiRequest) {
        if (fault.dropConnection()) {
            request.connection().close();
        } else if (fault.status() == 0) {
            write(request, engine.handle(apiRequest));
        } else {
            String contentType = fault.body() == null ? null
                    : fault.contentType() == null ? ApiResponse.TEXT : fault.contentType();
            ApiResponse answer = new ApiResponse(fault.status(), contentType, fault.body(), Map.of());
            write(request, fault.retryAfter() == null ? answer : answer.withHeader("Retry-After", fault.retryAfter()));
        }
    }

    private static void write(HttpServerRequest request, ApiResponse answer) {
        HttpServerResponse response = request.response();
        if (response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(answer.status());
        answer.headers().forEach(response::putHeader);
        if (answer.contentType() != null) {
            response.putHeader("Content-Type", answer.contentType());
        }
        if (answer.body() == null) {
            response.end();
        } else {
            response.end(answer.body());
        }
    }

    /** Headers under their received names (sorted, looked up ignoring case); repeated values in arrival order. */
    private static Map<String, List<String>> headers(HttpServerRequest request) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        request.headers().forEach(entry -> headers.computeIfAbsent(entry.getKey(), name -> new ArrayList<>())
                .add(entry.getValue()));
        headers.replaceAll((name, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(headers);
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
