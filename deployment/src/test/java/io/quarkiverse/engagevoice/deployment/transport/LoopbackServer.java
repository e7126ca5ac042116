package io.quarkiverse.engagevoice.deployment.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PfxOptions;

/**
 * A loopback HTTP server that answers every request with an empty JSON list and records the request line and
 * headers: an HTTPS endpoint when given a key store, or an HTTP proxy (which receives absolute URIs). Its port is
 * reserved under a key for the whole JVM and it listens from its first {@link #clear()}: Quarkus unit tests load the
 * test class twice, the first copy only hands out the port, the second serves it.
 */
final class LoopbackServer implements AutoCloseable {

    /** A request as received: method, URI as sent (absolute for a proxy), and the credential header. */
    record Received(String method, String uri, String authToken) {
    }

    private final int port;
    private final HttpServerOptions options;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private Vertx vertx;

    private LoopbackServer(String key, HttpServerOptions options) {
        this.port = reservedPort(key);
        this.options = options.setHost("127.0.0.1").setPort(port);
    }

    static LoopbackServer https(String key, SelfSignedCertificate certificate) {
        return new LoopbackServer(key, new HttpServerOptions().setSsl(true)
                .setKeyCertOptions(new PfxOptions().setPath(certificate.keyStore().toString())
                        .setPassword(certificate.password())));
    }

    static LoopbackServer http(String key) {
        return new LoopbackServer(key, new HttpServerOptions());
    }

    int port() {
        return port;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Forgets what was received, and starts listening if not yet. */
    synchronized void clear() {
        received.clear();
        if (vertx == null) {
            vertx = Vertx.vertx();
            HttpServer server = vertx.createHttpServer(options).requestHandler(request -> {
                received.add(new Received(request.method().name(), request.uri(), request.getHeader("X-Auth-Token")));
                request.response().putHeader("Content-Type", "application/json").end("[]");
            });
            server.listen().toCompletionStage().toCompletableFuture().join();
        }
    }

    @Override
    public synchronized void close() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private static int reservedPort(String key) {
        String property = "loopback-server." + key;
        String port = System.getProperty(property);
        if (port == null) {
            try (ServerSocket probe = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
                port = String.valueOf(probe.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty(property, port);
        }
        return Integer.parseInt(port);
    }
}
