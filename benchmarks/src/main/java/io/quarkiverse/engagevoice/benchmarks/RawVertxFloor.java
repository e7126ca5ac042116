package io.quarkiverse.engagevoice.benchmarks;

import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.engagevoice.client.model.AgentGroup;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * The floor: the same request on a raw Vert.x {@link HttpClient} of the application's own Vert.x instance (the one
 * the Quarkus REST client runs on, so the same event loops), with as many pooled connections as the REST client
 * (50, its default), and Jackson decoding the body on the calling thread. Nothing of any client is cheaper.
 */
final class RawVertxFloor implements AutoCloseable {

    /** The Quarkus REST client's default connection pool size. */
    static final int POOL_SIZE = 50;

    private final HttpClient http;
    private final ObjectMapper json;
    private final String host;
    private final int port;
    private final String path;
    private final String authorization;

    RawVertxFloor(Vertx vertx, ObjectMapper json, URI uri, String authorization) {
        this.http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(POOL_SIZE));
        this.json = json;
        this.host = uri.getHost();
        this.port = uri.getPort();
        this.path = uri.getRawPath();
        this.authorization = authorization;
    }

    AgentGroup get() {
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET).setHost(host).setPort(port).setURI(path)
                .putHeader("Authorization", authorization).putHeader("Accept", "application/json");
        Buffer body = http.request(request)
                .compose(r -> r.send().compose(response -> response.statusCode() == 200 ? response.body()
                        : Future.failedFuture("status " + response.statusCode())))
                .toCompletionStage().toCompletableFuture().join();
        try {
            return json.readValue(body.getBytes(), AgentGroup.class);
        } catch (Exception e) {
            throw new IllegalStateException("undecodable answer", e);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
