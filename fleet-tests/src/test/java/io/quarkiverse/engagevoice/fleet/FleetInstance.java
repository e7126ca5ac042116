package io.quarkiverse.engagevoice.fleet;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.quarkiverse.engagevoice.client.Credentials;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.Transport;
import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.auth.ManagedTokenProvider;
import io.quarkiverse.engagevoice.client.auth.StoredToken;
import io.quarkiverse.engagevoice.client.auth.TokenStore;
import io.quarkiverse.engagevoice.client.error.AuthenticationThrottledException;
import io.quarkiverse.engagevoice.client.error.EngageVoiceException;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.runtime.fleet.RedisTokenStore;
import io.quarkiverse.engagevoice.runtime.fleet.TokenCipher;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;

/**
 * One instance of a fleet, in its own JVM: a client of the simulator's account whose tokens live in the Redis token
 * store, making calls until its time is up or the test writes {@code STOP}. It talks to the test on its standard
 * streams: it prints {@code READY}, starts on {@code GO}, prints a {@code STATUS} line every 250 ms, {@code LEASE}
 * whenever it takes the renewal lease, {@code FAIL} for a failed call and {@code DONE} with its totals at the end.
 * <p>
 * Arguments: simulator URL, Redis URL, encryption key (base64), seconds of calls, lease time (ms), refresh skew (ms).
 */
public final class FleetInstance {

    private FleetInstance() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable t) {
            say("DONE crashed " + t);
            t.printStackTrace(System.out);
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        String simulator = args[0];
        String redisUrl = args[1];
        String key = args[2];
        long seconds = Long.parseLong(args[3]);
        Duration lease = Duration.ofMillis(Long.parseLong(args[4]));
        Duration skew = Duration.ofMillis(Long.parseLong(args[5]));

        Vertx vertx = Vertx.vertx();
        Redis redis = Redis.createClient(vertx, new RedisOptions().setConnectionString(redisUrl).setMaxPoolSize(4)
                .setMaxPoolWaiting(64));
        RedisTokenStore redisStore = new RedisTokenStore(redis, TokenCipher.fromBase64(key),
                new RedisTokenStore.Settings(Duration.ofHours(1), lease, 5, Duration.ofSeconds(5)));
        // connected before the start, as an application connects at startup
        redis.connect().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS).close();
        EngageVoiceClient client = EngageVoiceClient.builder()
                .server(simulator)
                .credentials(Credentials.ringCentralJwt(SimulatorCredentials.RC_CLIENT_ID,
                        SimulatorCredentials.RC_CLIENT_SECRET, SimulatorCredentials.RC_JWT_ASSERTION, simulator))
                .transport(Transport.defaults().withApplication("fleet-instance", "1"))
                .tokenStore(new ReportingStore(redisStore))
                .tokenRefreshSkew(skew)
                .build();
        ManagedTokenProvider tokens = (ManagedTokenProvider) client.tokenProvider();
        AccountsApi accounts = client.api(AccountsApi.class);

        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        say("READY");
        if (!"GO".equals(in.readLine())) {
            say("DONE aborted");
            System.exit(2);
        }
        AtomicBoolean stop = new AtomicBoolean();
        Thread stdin = new Thread(() -> {
            try {
                for (String line; (line = in.readLine()) != null && !line.equals("STOP");) {
                    // only STOP matters
                }
            } catch (Exception e) {
                // the test is gone: stop as well
            }
            stop.set(true);
        }, "stdin");
        stdin.setDaemon(true);
        stdin.start();

        long ok = 0;
        long failed = 0;
        long throttled = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long nextStatus = 0;
        while (!stop.get() && System.nanoTime() < deadline) {
            try {
                accounts.list();
                ok++;
            } catch (RuntimeException e) {
                failed++;
                if (e instanceof AuthenticationThrottledException
                        || e instanceof EngageVoiceException ev && ev.status() == 429) {
                    throttled++;
                }
                say("FAIL " + e.getClass().getName() + ": " + e.getMessage());
            }
            if (System.nanoTime() >= nextStatus) {
                say(status("STATUS", ok, failed, throttled, tokens));
                nextStatus = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(250);
            }
            // a steady request rate: about 20 calls a second per instance
            TimeUnit.MILLISECONDS.sleep(50);
        }
        say(status("DONE", ok, failed, throttled, tokens));
        System.exit(0);
    }

    private static String status(String kind, long ok, long failed, long throttled, ManagedTokenProvider tokens) {
        ManagedTokenProvider.Statistics s = tokens.statistics();
        String token = tokens.currentCredential().map(c -> fingerprint(c.token())).orElse("none");
        return kind + " ok=" + ok + " failed=" + failed + " throttled=" + throttled + " logins=" + s.logins()
                + " refreshes=" + s.refreshes() + " adopted=" + s.adoptedFromStore() + " storeFailures="
                + tokens.storeFailures() + " token=" + token;
    }

    /** A short one-way fingerprint, so that the test can tell tokens apart without seeing them. */
    static String fingerprint(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** The Redis store, reporting when this instance takes the renewal lease. */
    private record ReportingStore(TokenStore store) implements TokenStore {

        @Override
        public CompletionStage<Optional<StoredToken>> load(String key) {
            return store.load(key);
        }

        @Override
        public CompletionStage<Boolean> compareAndSet(String key, StoredToken expected, StoredToken replacement) {
            return store.compareAndSet(key, expected, replacement);
        }

        @Override
        public boolean coordinatesRenewals() {
            return store.coordinatesRenewals();
        }

        @Override
        public Duration leaseTime() {
            return store.leaseTime();
        }

        @Override
        public CompletionStage<Boolean> tryLease(String key, String holder) {
            return store.tryLease(key, holder).thenApply(granted -> {
                if (granted) {
                    say("LEASE");
                }
                return granted;
            });
        }

        @Override
        public CompletionStage<Void> releaseLease(String key, String holder) {
            return store.releaseLease(key, holder);
        }

        @Override
        public CompletionStage<Long> acquireLoginPermit(String key) {
            return store.acquireLoginPermit(key);
        }
    }
}
