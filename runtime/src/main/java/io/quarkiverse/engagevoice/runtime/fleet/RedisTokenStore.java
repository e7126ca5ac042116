package io.quarkiverse.engagevoice.runtime.fleet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.client.auth.AuthScheme;
import io.quarkiverse.engagevoice.client.auth.FleetRateLimiter;
import io.quarkiverse.engagevoice.client.auth.ManagedTokenProvider;
import io.quarkiverse.engagevoice.client.auth.StoredToken;
import io.quarkiverse.engagevoice.client.auth.TokenStore;
import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;

/**
 * A {@link TokenStore} on Redis, shared by every instance of a fleet: one login and one renewal per token lifetime
 * for the whole fleet, and the login limit counted fleet-wide.
 * <ul>
 * <li>The entry under the client's key (derived from the server and the login identity, never a secret) is a hash:
 * {@code fp}, a SHA-256 fingerprint of the access token that compare-and-set compares (Lua, atomic), {@code version},
 * counting the writes, and {@code data}, the token set (access and refresh tokens, scheme, times, account) encrypted
 * with AES-GCM ({@link TokenCipher}). The key expires {@code entryTtl} after the last write.</li>
 * <li>The renewal lease is {@code <key>:lease}, taken with {@code SET NX PX} and released by its holder only (Lua).
 * </li>
 * <li>Logins, and any {@link FleetRateLimiter} name, are counted in a sorted set per window, in a Lua script on the
 * server's clock ({@code TIME}), so instances with skewed clocks count alike.</li>
 * </ul>
 * Every call times out after {@code timeout}: the client then goes on with its own token.
 */
public final class RedisTokenStore implements TokenStore, FleetRateLimiter {

    private static final String COMPARE_AND_SET = """
            local current = redis.call('HGET', KEYS[1], 'fp')
            if ARGV[1] == '' then
              if current then return 0 end
            elseif current ~= ARGV[1] then
              return 0
            end
            redis.call('HSET', KEYS[1], 'fp', ARGV[2], 'data', ARGV[3])
            redis.call('HINCRBY', KEYS[1], 'version', 1)
            redis.call('PEXPIRE', KEYS[1], ARGV[4])
            return 1
            """;

    private static final String RELEASE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """;

    /** At most ARGV[1] members in any window of ARGV[2] ms, on the server's clock: -1, or ms until there is room. */
    private static final String SLIDING_WINDOW = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            local window = tonumber(ARGV[2])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
            if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
              local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
              return math.max(1, tonumber(oldest[2]) + window - now)
            end
            redis.call('ZADD', KEYS[1], now, ARGV[3])
            redis.call('PEXPIRE', KEYS[1], window)
            return -1
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Redis redis;
    private final TokenCipher cipher;
    private final Settings settings;

    /**
     * How the store behaves.
     *
     * @param entryTtl how long an entry lives after its last write
     * @param leaseTime how long a renewal lease lasts when its holder neither stores a token nor releases it
     * @param loginsPerMinute logins (token exchanges) the whole fleet makes per minute, at most
     * @param timeout how long a Redis call may take before the client goes on without the store
     */
    public record Settings(Duration entryTtl, Duration leaseTime, int loginsPerMinute, Duration timeout) {

        public static final Settings DEFAULTS = new Settings(Duration.ofHours(24), Duration.ofSeconds(10),
                ManagedTokenProvider.LOGINS_PER_MINUTE, Duration.ofSeconds(2));

        public Settings {
            positive(entryTtl, "entryTtl");
            positive(leaseTime, "leaseTime");
            positive(timeout, "timeout");
            if (loginsPerMinute < 1) {
                throw new IllegalArgumentException("loginsPerMinute must be at least 1: " + loginsPerMinute);
            }
        }

        private static void positive(Duration d, String name) {
            if (d == null || d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
        }
    }

    public RedisTokenStore(Redis redis, TokenCipher cipher, Settings settings) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public CompletionStage<Optional<StoredToken>> load(String key) {
        return send(Request.cmd(Command.HGET).arg(key).arg("data"))
                .thenApply(r -> r == null ? Optional.<StoredToken> empty() : Optional.of(decode(r.toString(), key)));
    }

    @Override
    public CompletionStage<Boolean> compareAndSet(String key, StoredToken expected, StoredToken replacement) {
        return send(Request.cmd(Command.EVAL).arg(COMPARE_AND_SET).arg(1).arg(key)
                .arg(expected == null ? "" : fingerprint(expected.accessToken()))
                .arg(fingerprint(replacement.accessToken()))
                .arg(cipher.encrypt(encode(replacement), key))
                .arg(settings.entryTtl().toMillis()))
                .thenApply(r -> r != null && r.toLong() == 1L);
    }

    @Override
    public boolean coordinatesRenewals() {
        return true;
    }

    @Override
    public Duration leaseTime() {
        return settings.leaseTime();
    }

    @Override
    public CompletionStage<Boolean> tryLease(String key, String holder) {
        return send(Request.cmd(Command.SET).arg(key + ":lease").arg(holder).arg("NX").arg("PX")
                .arg(settings.leaseTime().toMillis()))
                .thenApply(r -> r != null && "OK".equals(r.toString()));
    }

    @Override
    public CompletionStage<Void> releaseLease(String key, String holder) {
        return send(Request.cmd(Command.EVAL).arg(RELEASE).arg(1).arg(key + ":lease").arg(holder)).thenApply(r -> null);
    }

    @Override
    public CompletionStage<Long> acquireLoginPermit(String key) {
        return window(key + ":logins", settings.loginsPerMinute(), Duration.ofMinutes(1));
    }

    @Override
    public CompletionStage<Long> tryAcquire(String name, int limit, Duration window) {
        if (limit < 1 || window == null || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("limit and window must be positive: " + limit + ", " + window);
        }
        return window("engage-voice:limit:" + name, limit, window);
    }

    private CompletionStage<Long> window(String key, int limit, Duration window) {
        return send(Request.cmd(Command.EVAL).arg(SLIDING_WINDOW).arg(1).arg(key).arg(limit).arg(window.toMillis())
                .arg(UUID.randomUUID().toString()))
                .thenApply(r -> r == null ? -1L : r.toLong());
    }

    private CompletionStage<Response> send(Request request) {
        Future<Response> sent = redis.send(request);
        return sent.toCompletionStage().toCompletableFuture()
                .orTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private String encode(StoredToken token) {
        ObjectNode node = JSON.createObjectNode();
        node.put("accessToken", token.accessToken());
        token.refreshToken().ifPresent(r -> node.put("refreshToken", r));
        node.put("scheme", token.scheme().name());
        node.put("obtainedAt", token.obtainedAt().toEpochMilli());
        token.expiresAt().ifPresent(e -> node.put("expiresAt", e.toEpochMilli()));
        token.accountId().ifPresent(a -> node.put("accountId", a));
        return node.toString();
    }

    private StoredToken decode(String sealed, String key) {
        String plain = cipher.decrypt(sealed, key);
        try {
            JsonNode node = JSON.readTree(plain);
            return new StoredToken(node.get("accessToken").asText(), text(node, "refreshToken"),
                    AuthScheme.valueOf(node.get("scheme").asText()), Instant.ofEpochMilli(node.get("obtainedAt").asLong()),
                    node.hasNonNull("expiresAt") ? Instant.ofEpochMilli(node.get("expiresAt").asLong()) : null,
                    text(node, "accountId"));
        } catch (Exception e) {
            // the message of a parser could quote the value: only say what failed
            throw new IllegalStateException("the token store entry " + key + " is not a token set");
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    /** A one-way fingerprint of a token, safe to keep in clear beside the encrypted value. */
    static String fingerprint(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "RedisTokenStore[" + settings + "]";
    }
}
