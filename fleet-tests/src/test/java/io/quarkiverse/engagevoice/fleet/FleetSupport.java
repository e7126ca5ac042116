package io.quarkiverse.engagevoice.fleet;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;
import io.quarkiverse.engagevoice.runtime.fleet.RedisTokenStore;
import io.quarkiverse.engagevoice.runtime.fleet.TokenCipher;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;

/** The simulator with 3-second tokens, a fresh encryption key, a Redis client for the test itself, journal counts. */
final class FleetSupport {

    static final String EXCHANGE = "/api/auth/login/rc/accesstoken";
    static final String RC_TOKEN = "/restapi/oauth/token";
    static final String REFRESH = "/api/auth/token/refresh";
    static final String ACCOUNTS = "/voice/api/v1/admin/accounts";
    static final Duration TOKEN_LIFETIME = Duration.ofSeconds(3);

    private FleetSupport() {
    }

    static EngageVoiceSimulator simulator() {
        return EngageVoiceSimulator.builder().port(0).tokenTtl(TOKEN_LIFETIME).start();
    }

    /** A new AES-256 key, as base64. */
    static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static long count(EngageVoiceSimulator sim, String path) {
        return sim.journal().stream().filter(r -> r.path().equals(path)).count();
    }

    /** The access tokens the API calls carried, as the simulator received them. */
    static Set<String> tokensSent(EngageVoiceSimulator sim) {
        return sim.journal().stream().filter(r -> r.path().equals(ACCOUNTS)).map(FleetSupport::bearer)
                .collect(Collectors.toSet());
    }

    static String bearer(RecordedRequest r) {
        String authorization = r.header("Authorization");
        return authorization == null ? "" : authorization.substring("Bearer ".length());
    }

    /** A Redis connection of the test itself, to look at what the instances stored. */
    static final class RedisLook implements AutoCloseable {
        private final Vertx vertx = Vertx.vertx();
        private final Redis redis;

        RedisLook(RedisServer server) {
            redis = Redis.createClient(vertx, new RedisOptions().setConnectionString(server.url()));
        }

        Response send(Request request) throws Exception {
            Future<Response> f = redis.send(request);
            return f.toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }

        /** The keys of token entries (not leases, not login windows). */
        List<String> entryKeys() throws Exception {
            Response keys = send(Request.cmd(Command.KEYS).arg("engage-voice:*"));
            return keys.stream().map(Response::toString).filter(k -> !k.contains(":lease") && !k.contains(":logins"))
                    .toList();
        }

        Redis redis() {
            return redis;
        }

        RedisTokenStore store(String key) {
            return new RedisTokenStore(redis, TokenCipher.fromBase64(key), RedisTokenStore.Settings.DEFAULTS);
        }

        @Override
        public void close() throws Exception {
            redis.close();
            vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
    }
}
