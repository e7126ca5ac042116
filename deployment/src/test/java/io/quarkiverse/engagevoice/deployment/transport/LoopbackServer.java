package io.quarkiverse.engagevoice.deployment.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import io.quarkiverse.engagevoice.client.testing.SharedHttpServers;

/**
 * A loopback HTTP server that answers every request with an empty JSON list and records the request line and
 * headers: an HTTPS endpoint when given a certificate, or an HTTP proxy (which receives absolute URIs). It listens
 * from its creation and is found again under its key for the whole JVM ({@link SharedHttpServers}): Quarkus unit
 * tests load the test class twice, the first copy binds it and hands out the port, the second serves it.
 */
final class LoopbackServer implements AutoCloseable {

    /** A request as received: method, URI as sent (absolute for a proxy), and the credential header. */
    record Received(String method, String uri, String authToken) {
    }

    private final String key;
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private LoopbackServer(String key, HttpServer server) {
        this.key = key;
        this.server = server;
    }

    static LoopbackServer https(String key, SelfSignedCertificate certificate) {
        return serving("loopback-server." + key, address -> {
            HttpsServer server = HttpsServer.create(address, 0);
            server.setHttpsConfigurator(new HttpsConfigurator(sslContext(certificate)));
            return server;
        });
    }

    static LoopbackServer http(String key) {
        return serving("loopback-server." + key, address -> HttpServer.create(address, 0));
    }

    private static LoopbackServer serving(String key, SharedHttpServers.Binder binder) {
        LoopbackServer loopback = new LoopbackServer(key, SharedHttpServers.bindOnce(key, binder));
        SharedHttpServers.serveWith(loopback.server, loopback::handle);
        return loopback;
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Forgets what was received. */
    void clear() {
        received.clear();
    }

    @Override
    public void close() {
        SharedHttpServers.stop(key);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
        }
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders().getFirst("X-Auth-Token")));
        byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static SSLContext sslContext(SelfSignedCertificate certificate) throws IOException {
        try (InputStream in = Files.newInputStream(certificate.keyStore())) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, certificate.password().toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, certificate.password().toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot serve TLS with " + certificate.keyStore(), e);
        }
    }
}
