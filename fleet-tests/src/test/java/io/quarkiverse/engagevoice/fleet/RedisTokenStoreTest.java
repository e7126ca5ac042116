package io.quarkiverse.engagevoice.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.auth.AuthScheme;
import io.quarkiverse.engagevoice.client.auth.StoredToken;
import io.quarkiverse.engagevoice.fleet.FleetSupport.RedisLook;
import io.quarkiverse.engagevoice.runtime.fleet.RedisTokenStore;
import io.quarkiverse.engagevoice.runtime.fleet.TokenCipher;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Request;

/** What the Redis token store does on a real redis-server, command by command. */
class RedisTokenStoreTest {

    private static RedisServer redis;
    private static RedisLook look;
    private static final String KEY = FleetSupport.newKey();

    @BeforeAll
    static void start() {
        redis = RedisServer.start();
        look = new RedisLook(redis);
    }

    @AfterAll
    static void stop() throws Exception {
        look.close();
        redis.close();
    }

    private static <T> T now(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    private static StoredToken token(String access, String refresh) {
        Instant obtained = Instant.parse("2026-03-02T09:00:00Z");
        return new StoredToken(access, refresh, AuthScheme.BEARER, obtained, obtained.plusSeconds(300), "12345");
    }

    @Test
    void compareAndSetReplacesOnlyTheExpectedTokenAndCountsVersions() throws Exception {
        RedisTokenStore store = look.store(KEY);
        String key = "engage-voice:cas-test";
        StoredToken a = token("access-a-0123456789", "refresh-a-0123456789");
        StoredToken b = token("access-b-0123456789", "refresh-b-0123456789");
        StoredToken c = token("access-c-0123456789", "refresh-c-0123456789");

        assertThat(now(store.load(key))).isEmpty();
        assertThat(now(store.compareAndSet(key, null, a))).isTrue();
        assertThat(now(store.compareAndSet(key, null, b))).as("an entry exists").isFalse();
        assertThat(now(store.compareAndSet(key, a, b))).isTrue();
        assertThat(now(store.compareAndSet(key, a, c))).as("a is no longer current").isFalse();

        assertThat(now(store.load(key))).contains(b);
        assertThat(look.send(Request.cmd(Command.HGET).arg(key).arg("version")).toLong()).isEqualTo(2);
        long ttl = look.send(Request.cmd(Command.PTTL).arg(key)).toLong();
        assertThat(ttl).isPositive().isLessThanOrEqualTo(RedisTokenStore.Settings.DEFAULTS.entryTtl().toMillis());
    }

    @Test
    void theValueAtRestHoldsNoTokenAndOpensOnlyWithTheKeyUnderItsOwnName() throws Exception {
        RedisTokenStore store = look.store(KEY);
        String key = "engage-voice:at-rest-test";
        StoredToken t = token("access-secret-abcdefghijkl", "refresh-secret-abcdefghijkl");
        assertThat(now(store.compareAndSet(key, null, t))).isTrue();

        String raw = look.send(Request.cmd(Command.HGETALL).arg(key)).toString();
        assertThat(raw).doesNotContain("access-secret").doesNotContain("refresh-secret").doesNotContain("12345");

        Throwable wrongKey = catchThrowable(() -> now(look.store(FleetSupport.newKey()).load(key)));
        assertThat(wrongKey).hasMessageContaining("does not decrypt").hasMessageNotContaining("secret-abc");
        // the value copied under another name does not open either: the name is authenticated with it
        String data = look.send(Request.cmd(Command.HGET).arg(key).arg("data")).toString();
        look.send(Request.cmd(Command.HSET).arg("engage-voice:copied").arg("data").arg(data));
        assertThat(catchThrowable(() -> now(store.load("engage-voice:copied")))).hasMessageContaining("does not decrypt");
        assertThat(now(store.load(key))).contains(t);
    }

    @Test
    void theLeaseGoesToOneHolderAndOnlyItsHolderReleasesIt() throws Exception {
        RedisTokenStore store = new RedisTokenStore(look.redis(), TokenCipher.fromBase64(KEY),
                new RedisTokenStore.Settings(Duration.ofHours(1), Duration.ofSeconds(30), 5, Duration.ofSeconds(2)));
        String key = "engage-voice:lease-test";

        assertThat(now(store.tryLease(key, "holder-a"))).isTrue();
        assertThat(now(store.tryLease(key, "holder-b"))).isFalse();
        long pttl = look.send(Request.cmd(Command.PTTL).arg(key + ":lease")).toLong();
        assertThat(pttl).as("a crashed holder's lease expires").isPositive().isLessThanOrEqualTo(30_000);
        now(store.releaseLease(key, "holder-b"));
        assertThat(now(store.tryLease(key, "holder-b"))).as("b cannot release a's lease").isFalse();
        now(store.releaseLease(key, "holder-a"));
        assertThat(now(store.tryLease(key, "holder-b"))).isTrue();
    }

    @Test
    void loginsAreCountedInASlidingMinuteSharedByEveryoneOnTheStore() throws Exception {
        RedisTokenStore one = look.store(KEY);
        RedisTokenStore other = look.store(KEY);
        String key = "engage-voice:window-test";
        for (int i = 0; i < 5; i++) {
            assertThat(now((i % 2 == 0 ? one : other).acquireLoginPermit(key))).isEqualTo(-1L);
        }
        long wait = now(other.acquireLoginPermit(key));
        assertThat(wait).isPositive().isLessThanOrEqualTo(60_000);
        assertThat(look.send(Request.cmd(Command.ZCARD).arg(key + ":logins")).toLong()).isEqualTo(5);
        // the same window serves the API limits of the resilience limiter
        assertThat(now(one.tryAcquire("api:test", 1, Duration.ofSeconds(10)))).isEqualTo(-1L);
        assertThat(now(other.tryAcquire("api:test", 1, Duration.ofSeconds(10)))).isPositive();
    }

    @Test
    void aStoppedRedisFailsTheCallInsteadOfHangingIt() throws Exception {
        RedisServer down = RedisServer.start();
        RedisLook downLook = new RedisLook(down);
        try {
            RedisTokenStore store = downLook.store(KEY);
            assertThat(now(store.load("engage-voice:down-test"))).isEmpty();
            down.stop();
            Throwable failure = catchThrowable(() -> now(store.load("engage-voice:down-test")));
            assertThat(failure).isNotNull();
            down.startAgain();
            assertThat(now(store.load("engage-voice:down-test"))).isEmpty();
        } finally {
            downLook.close();
            down.close();
        }
    }
}
