package io.quarkiverse.engagevoice.deployment.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.auth.ManagedTokenProvider;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.QuarkusUnitTest;

/**
 * {@code token-store=redis} on a real redis-server (started here on a free port): the client keeps its tokens,
 * encrypted, in the Redis of {@code quarkus.redis.hosts}.
 */
class RedisTokenStoreConfigTest {

    // QuarkusUnitTest loads this class twice: the servers are started once, found again through system properties,
    // and stopped when the JVM exits
    static final int REDIS_PORT = Integer.parseInt(once("redis-token-store-config-test.redis", () -> {
        // redis-server cannot be told to take port 0: a port picked free may be taken before it binds, then try another
        for (int attempt = 1;; attempt++) {
            int port = freePort();
            Process redis = startRedis(port);
            if (redis != null) {
                Runtime.getRuntime().addShutdownHook(new Thread(redis::destroy));
                return Integer.toString(port);
            }
            if (attempt == 3) {
                throw new IllegalStateException("redis-server found its port taken three times");
            }
        }
    }));
    static final String SIM_URL = once("redis-token-store-config-test.simulator", () -> {
        EngageVoiceSimulator sim = EngageVoiceSimulator.builder().port(0).start();
        Runtime.getRuntime().addShutdownHook(new Thread(sim::close));
        return sim.baseUrl();
    });

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.engage-voice.server", SIM_URL)
            .overrideConfigKey("quarkus.engage-voice.auth.username", SimulatorCredentials.ENGAGE_USERNAME)
            .overrideConfigKey("quarkus.engage-voice.auth.password", SimulatorCredentials.ENGAGE_PASSWORD)
            .overrideConfigKey("quarkus.engage-voice.token-store", "redis")
            .overrideConfigKey("quarkus.engage-voice.redis.encryption-key", newKey())
            .overrideConfigKey("quarkus.redis.hosts", "redis://127.0.0.1:" + REDIS_PORT);

    @Inject
    AccountsApi accounts;

    @Inject
    EngageVoiceClient client;

    @Inject
    RedisDataSource redis;

    @Test
    void theTokenIsKeptEncryptedInRedis() {
        accounts.list();

        List<String> entries = redis.key().keys("engage-voice:*").stream()
                .filter(k -> !k.endsWith(":lease") && !k.endsWith(":logins")).toList();
        assertThat(entries).hasSize(1);
        Map<String, String> entry = redis.hash(String.class).hgetall(entries.get(0));
        assertThat(entry).containsKeys("fp", "data", "version");
        String sent = ((ManagedTokenProvider) client.tokenProvider()).currentCredential().orElseThrow().token();
        assertThat(entry.values()).noneMatch(v -> v.contains(sent));
        assertThat(redis.key().pttl(entries.get(0))).isPositive();
    }

    private static String once(String property, Supplier<String> start) {
        synchronized (System.getProperties()) {
            String value = System.getProperty(property);
            if (value == null) {
                value = start.get();
                System.setProperty(property, value);
            }
            return value;
        }
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Debian's redis-server, without persistence; returns once it accepts connections, or null when another process
     * holds the port.
     */
    private static Process startRedis(int port) {
        try {
            Process p = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no").redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            for (String line; (line = out.readLine()) != null;) {
                if (line.contains("Address already in use")) {
                    p.destroy();
                    return null;
                }
                if (line.contains("Ready to accept connections")) {
                    Thread drain = new Thread(() -> out.lines().forEach(l -> {
                    }));
                    drain.setDaemon(true);
                    drain.start();
                    return p;
                }
            }
            throw new IllegalStateException("redis-server did not start (Debian: apt-get install -y redis-server)");
        } catch (IOException e) {
            throw new UncheckedIOException("redis-server not found (Debian: apt-get install -y redis-server)", e);
        }
    }
}
