package io.quarkiverse.engagevoice.client.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import io.quarkiverse.engagevoice.client.Credentials;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.Transport;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.ManualClock;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/**
 * The token lifecycle under a steady load, on a controllable clock shared by the client and the simulator (no real
 * waiting), then the cost of one token lookup against a baseline, measured side by side in the same run.
 *
 * <pre>
 * ./mvnw -f client/pom.xml -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.quarkiverse.engagevoice.client.auth.TokenLifecycleBenchmark
 * </pre>
 *
 * Part 1 simulates 30 minutes of 100 requests per second with 5-minute tokens: 180,000 token lookups 10 ms apart
 * on the clock. A renewal started ahead of expiry runs against the simulator for real; the loop lets it finish
 * before moving the clock on (a real refresh takes milliseconds, less than the 10 ms between two requests). It
 * prints the authentication calls that reached the simulator by kind, and how many lookups had to wait.
 * <p>
 * Part 2 times {@link ManagedTokenProvider#credential()} with a valid token against reading a volatile field (the
 * least any cache can do) and against reading a volatile field plus the clock (the least a cache that checks
 * expiry can do), in rounds of 10 million, and prints the medians and their ratios.
 */
public final class TokenLifecycleBenchmark {

    private static final Duration TICK = Duration.ofMillis(10);
    private static final int LOOKUPS = 180_000;
    private static final int ROUND = 10_000_000;
    private static final int ROUNDS = 7;

    /** The baseline's field. */
    private volatile CompletableFuture<AccessCredential> cached;

    private TokenLifecycleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ManualClock clock = new ManualClock(Instant.now());
        try (EngageVoiceSimulator sim = EngageVoiceSimulator.builder().port(0).tokenTtl(Duration.ofMinutes(5)).clock(clock)
                .start()) {
            EngageVoiceClient client = EngageVoiceClient.builder()
                    .server(sim.baseUrl())
                    .credentials(
                            Credentials.ringCentralJwt(SimulatorCredentials.RC_CLIENT_ID, SimulatorCredentials.RC_CLIENT_SECRET,
                                    SimulatorCredentials.RC_JWT_ASSERTION, sim.baseUrl()))
                    .transport(Transport.defaults().withApplication("token-lifecycle-benchmark", "1"))
                    .clock(clock)
                    .build();
            ManagedTokenProvider tokens = (ManagedTokenProvider) client.tokenProvider();

            simulate(sim, clock, tokens);
            measure(tokens, clock, sim);
        }
        System.exit(0); // the Rest Client executors keep non-daemon threads alive for a minute
    }

    private static void simulate(EngageVoiceSimulator sim, ManualClock clock, ManagedTokenProvider tokens)
            throws Exception {
        Instant start = clock.instant();
        long waited = 0;
        long[] lookupNanos = new long[LOOKUPS];
        long sink = 0;
        for (int i = 0; i < LOOKUPS; i++) {
            long t0 = System.nanoTime();
            CompletionStage<AccessCredential> stage = tokens.credential();
            lookupNanos[i] = System.nanoTime() - t0;
            CompletableFuture<AccessCredential> f = stage.toCompletableFuture();
            if (!f.isDone()) {
                waited++;
            }
            sink += f.get(10, TimeUnit.SECONDS).token().length();
            var running = tokens.renewalInProgress();
            if (running.isPresent()) {
                running.get().toCompletableFuture().get(10, TimeUnit.SECONDS);
            }
            clock.advance(TICK);
        }
        Duration simulated = Duration.between(start, clock.instant());
        List<RecordedRequest> journal = sim.journal();
        long grants = journal.stream().filter(r -> r.path().equals("/restapi/oauth/token")).count();
        long exchanges = journal.stream().filter(r -> r.path().equals("/api/auth/login/rc/accesstoken")).count();
        long refreshes = journal.stream().filter(r -> r.path().equals("/api/auth/token/refresh")).count();
        long renewEvery = Duration.ofMinutes(5).minus(ManagedTokenProvider.DEFAULT_REFRESH_SKEW).toSeconds();
        long idealRefreshes = (simulated.toSeconds() - 1) / renewEvery;

        System.out.println("== Token lifecycle: " + LOOKUPS + " lookups, 100/s for " + simulated.toMinutes()
                + " min on the clock, 5-min tokens, renewed 60 s before expiry");
        System.out.printf(Locale.ROOT, "auth calls: RingCentral JWT grant %d, token exchange %d, refresh %d, total %d%n",
                grants, exchanges, refreshes, journal.size());
        System.out.printf(Locale.ROOT, "ideal:      RingCentral JWT grant 1, token exchange 1, refresh %d (one per %d s)%n",
                idealRefreshes, renewEvery);
        System.out.printf(Locale.ROOT, "lookups that waited for a token: %d (the first one, before any token existed)%n",
                waited);
        long[] sorted = lookupNanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "lookup time in this loop (cold JIT, System.nanoTime around each call): median %d ns,"
                + " p99 %d ns, max %.1f ms (a lookup that started a renewal: it sends the request) [%d]%n",
                sorted[LOOKUPS / 2], sorted[LOOKUPS * 99 / 100], sorted[LOOKUPS - 1] / 1e6, sink % 10);
        System.out.println("provider statistics: " + tokens.statistics());
    }

    private static void measure(ManagedTokenProvider tokens, ManualClock manualClock, EngageVoiceSimulator sim)
            throws Exception {
        TokenLifecycleBenchmark baseline = new TokenLifecycleBenchmark();
        baseline.cached = tokens.credential().toCompletableFuture();
        Clock systemClock = Clock.systemUTC();
        // a provider on the system clock too, to show the cost with the clock production uses
        EngageVoiceClient onSystemClock = EngageVoiceClient.builder()
                .server(sim.baseUrl())
                .credentials(Credentials.engageLogin(SimulatorCredentials.ENGAGE_USERNAME, SimulatorCredentials.ENGAGE_PASSWORD,
                        null))
                .build();
        ManagedTokenProvider systemTokens = (ManagedTokenProvider) onSystemClock.tokenProvider();
        systemTokens.credential().toCompletableFuture().get(10, TimeUnit.SECONDS);
        if (!systemTokens.credential().toCompletableFuture().isDone()) {
            throw new IllegalStateException("the system-clock token should be valid");
        }

        double[] volatileRead = new double[ROUNDS];
        double[] volatileAndManualClock = new double[ROUNDS];
        double[] volatileAndSystemClock = new double[ROUNDS];
        double[] lookupManualClock = new double[ROUNDS];
        double[] lookupSystemClock = new double[ROUNDS];
        long sink = 0;
        for (int warm = 0; warm < 3; warm++) {
            sink += baseline.readVolatile(ROUND) + baseline.readVolatileAndClock(ROUND, manualClock)
                    + baseline.readVolatileAndClock(ROUND, systemClock) + lookups(tokens, ROUND) + lookups(systemTokens, ROUND);
        }
        for (int r = 0; r < ROUNDS; r++) {
            long t0 = System.nanoTime();
            sink += baseline.readVolatile(ROUND);
            long t1 = System.nanoTime();
            sink += baseline.readVolatileAndClock(ROUND, manualClock);
            long t2 = System.nanoTime();
            sink += baseline.readVolatileAndClock(ROUND, systemClock);
            long t3 = System.nanoTime();
            sink += lookups(tokens, ROUND);
            long t4 = System.nanoTime();
            sink += lookups(systemTokens, ROUND);
            long t5 = System.nanoTime();
            volatileRead[r] = (double) (t1 - t0) / ROUND;
            volatileAndManualClock[r] = (double) (t2 - t1) / ROUND;
            volatileAndSystemClock[r] = (double) (t3 - t2) / ROUND;
            lookupManualClock[r] = (double) (t4 - t3) / ROUND;
            lookupSystemClock[r] = (double) (t5 - t4) / ROUND;
        }
        double base = median(volatileRead);
        System.out.println();
        System.out.println("== Cost of one token lookup with a valid token (median of " + ROUNDS + " rounds of " + ROUND
                + ", after 3 warm-up rounds) [" + (sink % 10) + "]");
        row("baseline: read a volatile field", median(volatileRead), base);
        row("baseline: volatile field + ManualClock.millis()", median(volatileAndManualClock), base);
        row("baseline: volatile field + Clock.systemUTC().millis()", median(volatileAndSystemClock), base);
        row("ManagedTokenProvider.credential(), ManualClock", median(lookupManualClock), base);
        row("ManagedTokenProvider.credential(), system clock", median(lookupSystemClock), base);
        System.out.printf(Locale.ROOT,
                "lookup vs its own floor (volatile + same clock): %.2fx (ManualClock), %.2fx (system clock)%n",
                median(lookupManualClock) / median(volatileAndManualClock),
                median(lookupSystemClock) / median(volatileAndSystemClock));
    }

    private static void row(String what, double ns, double base) {
        System.out.printf(Locale.ROOT, "%-56s %7.2f ns/call  %6.2fx the volatile read%n", what, ns, ns / base);
    }

    private long readVolatile(int n) {
        long hits = 0;
        Object last = null;
        for (int i = 0; i < n; i++) {
            CompletableFuture<AccessCredential> c = cached;
            hits += c == last ? 1 : 0;
            last = c;
        }
        return hits;
    }

    private long readVolatileAndClock(int n, Clock clock) {
        long hits = 0;
        Object last = null;
        for (int i = 0; i < n; i++) {
            CompletableFuture<AccessCredential> c = cached;
            hits += c == last && clock.millis() > 0 ? 1 : 0;
            last = c;
        }
        return hits;
    }

    private static long lookups(ManagedTokenProvider tokens, int n) {
        long hits = 0;
        Object last = null;
        for (int i = 0; i < n; i++) {
            CompletionStage<AccessCredential> c = tokens.credential();
            hits += c == last ? 1 : 0;
            last = c;
        }
        return hits;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
