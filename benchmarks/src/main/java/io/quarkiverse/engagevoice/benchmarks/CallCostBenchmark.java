package io.quarkiverse.engagevoice.benchmarks;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.engagevoice.EngageVoiceClientName;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.Transport;
import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.model.AgentGroup;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorSeed;
import io.quarkus.runtime.QuarkusApplication;
import io.vertx.core.Vertx;

/**
 * The client's own cost per call, measured side by side in one run against the same simulator endpoint
 * ({@code GET .../agentGroups/{id}}, a small JSON object mapped to {@link AgentGroup}), for three variants:
 * <ol>
 * <li>{@code extension}: the injected {@link AgentGroupsApi}, every filter, the token lookup, the 401 replay;</li>
 * <li>{@code bare-rest-client}: a Quarkus REST client of the same operation, the Bearer header passed by hand, with
 * the extension's connect and read timeouts;</li>
 * <li>{@code raw-vertx}: the floor, see {@link RawVertxFloor};</li>
 * <li>{@code extension-policy-off}: the extension with its resilience policy off, so that
 * {@code ratio extension/extension-policy-off} is the policy's cost on the happy path.</li>
 * </ol>
 * Sequential cost and allocation per call (with the {@link Breakdown} layers), then throughput and latency with
 * {@code benchmark.callers} (64) concurrent callers, then the heap of a client with every API interface built
 * ({@link HeapPerClient}). Calls and rounds alternate between the variants so that the machine's drift affects all
 * alike. The lines starting with {@code figures}, {@code ratio} and {@code breakdown} are meant for scripts. Not a
 * test: the numbers depend on the machine.
 */
public class CallCostBenchmark implements QuarkusApplication {

    static final String EXTENSION = "extension";
    static final String BARE = "bare-rest-client";
    static final String FLOOR = "raw-vertx";
    static final String POLICY_OFF = "extension-policy-off";

    private static final int WARMUP_CALLS = Integer.getInteger("benchmark.warmup", 5_000);
    private static final int CALLS_PER_ROUND = Integer.getInteger("benchmark.calls", 400);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 25);
    private static final int ALLOCATION_ROUNDS = Integer.getInteger("benchmark.allocation.rounds", 9);
    /** Platform threads from a fixed pool: JDK 17 has no virtual threads. */
    static final int CALLERS = Integer.getInteger("benchmark.callers", 64);
    private static final int CONCURRENT_CALLS_PER_CALLER = Integer.getInteger("benchmark.concurrent.calls", 25);
    private static final int CONCURRENT_ROUNDS = Integer.getInteger("benchmark.concurrent.rounds", 20);
    /** {@code -Dbenchmark.breakdown=false} measures the four variants only. */
    private static final boolean BREAKDOWN = Boolean.parseBoolean(System.getProperty("benchmark.breakdown", "true"));

    @Inject
    AgentGroupsApi extension;

    @Inject
    EngageVoiceClient client;

    @Inject
    @EngageVoiceClientName(POLICY_OFF)
    AgentGroupsApi policyOff;

    @Inject
    @EngageVoiceClientName(POLICY_OFF)
    EngageVoiceClient policyOffClient;

    @Inject
    Vertx vertx;

    @Inject
    ObjectMapper json;

    @Override
    public int run(String... args) throws Exception {
        String account = SimulatorCredentials.SALES_ACCOUNT_ID;
        int group = SimulatorSeed.SALES_AGENT_GROUP_ID;
        String token = client.tokenProvider().credential().toCompletableFuture().join().token();
        String bearer = "Bearer " + token;
        URI apiUri = client.server().apiUri();
        // the extension's transport settings, as Quarkus gives a configured REST client (15 s and 30 s by default); a
        // read timeout costs each call a timer (the breakdown's bare-without-timeouts shows how much)
        Transport transport = client.transport();
        BareAgentGroupsApi bare = RestClientBuilder.newBuilder().baseUri(apiUri)
                .connectTimeout(transport.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(transport.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(BareAgentGroupsApi.class);
        URI groupUri = URI.create(apiUri + "/v1/admin/accounts/" + account + "/agentGroups/" + group);
        try (RawVertxFloor floor = new RawVertxFloor(vertx, json, groupUri, bearer)) {
            Map<String, Supplier<AgentGroup>> variants = new LinkedHashMap<>();
            variants.put(EXTENSION, () -> extension.get(account, group));
            variants.put(BARE, () -> bare.get(bearer, account, group));
            variants.put(FLOOR, floor::get);
            variants.put(POLICY_OFF, () -> policyOff.get(account, group));
            Map<String, Supplier<AgentGroup>> layers = !BREAKDOWN ? Map.of()
                    : Breakdown.layers(client, policyOffClient, bearer, account, group);
            Map<String, Supplier<AgentGroup>> sequentialVariants = new LinkedHashMap<>(variants);
            sequentialVariants.putAll(layers);
            System.out.printf("%n== Engage Voice call cost: %d cores, load average %s, simulator in its own process at %s%n",
                    Runtime.getRuntime().availableProcessors(), Measurements.loadAverage(), apiUri);
            for (Supplier<AgentGroup> call : sequentialVariants.values()) {
                check(call.get(), group);
                sequentialRound(call, WARMUP_CALLS);
            }
            Map<String, Result> results = new LinkedHashMap<>();
            sequentialVariants.keySet().forEach(k -> results.put(k, new Result()));
            sequential(sequentialVariants, results);
            concurrent(variants, results, group);
            HeapPerClient.measure(apiUri.resolve("/").toString(), token, results.get(EXTENSION), results.get(BARE));
            print(results, layers.keySet());
        }
        System.out.println("Benchmark completed");
        return 0;
    }

    /**
     * Allocation: blocks of {@code benchmark.calls} calls of one variant, bytes allocated by all threads per call.
     * Time: calls alternate between the variants one by one, in a new random order each pass (so that a preempted
     * core or a collection hits all alike, and no variant always follows the same one), and the median of the single
     * calls' latencies is taken.
     */
    private static void sequential(Map<String, Supplier<AgentGroup>> variants, Map<String, Result> results) {
        for (int round = 0; round < ALLOCATION_ROUNDS; round++) {
            for (Map.Entry<String, Supplier<AgentGroup>> v : variants.entrySet()) {
                Map<Long, Long> before = Measurements.allocatedByThread();
                sequentialRound(v.getValue(), CALLS_PER_ROUND);
                long bytes = Measurements.between(before, Measurements.allocatedByThread());
                Result r = results.get(v.getKey());
                r.allocatedBytes.add((double) bytes / CALLS_PER_ROUND);
            }
        }
        List<Supplier<AgentGroup>> calls = new ArrayList<>(variants.values());
        List<Result> byCall = variants.keySet().stream().map(results::get).toList();
        long[][] latencies = new long[calls.size()][ROUNDS * CALLS_PER_ROUND];
        int ids = 0;
        // a new random order for each pass, so that no variant always comes first or always follows the same one
        Random order = new Random(42);
        int[] sequence = IntStream.range(0, calls.size()).toArray();
        for (int i = 0; i < ROUNDS * CALLS_PER_ROUND; i++) {
            shuffle(sequence, order);
            for (int v : sequence) {
                long t0 = System.nanoTime();
                ids += calls.get(v).get().getAgentGroupId();
                latencies[v][i] = System.nanoTime() - t0;
            }
        }
        if (ids == 0) {
            throw new IllegalStateException("no answers");
        }
        for (int v = 0; v < calls.size(); v++) {
            long[] sorted = latencies[v].clone();
            Arrays.sort(sorted);
            byCall.get(v).sequentialMicros.add(Measurements.percentile(sorted, 50) / 1_000.0);
        }
    }

    private static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int v = values[i];
            values[i] = values[j];
            values[j] = v;
        }
    }

    /** Microseconds per call over {@code calls} calls. */
    private static double sequentialRound(Supplier<AgentGroup> call, int calls) {
        long start = System.nanoTime();
        int ids = 0;
        for (int i = 0; i < calls; i++) {
            ids += call.get().getAgentGroupId();
        }
        long elapsed = System.nanoTime() - start;
        if (ids == 0) {
            throw new IllegalStateException("no answers");
        }
        return elapsed / 1_000.0 / calls;
    }

    /**
     * The callers of a fixed thread pool each make the same number of calls per round;
     * throughput per round, and every call's latency for the percentiles. The simulator's CPU time over these rounds,
     * read from its process, shows whether it was the bottleneck.
     */
    private static void concurrent(Map<String, Supplier<AgentGroup>> variants, Map<String, Result> results, int group)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            for (Supplier<AgentGroup> call : variants.values()) {
                concurrentRound(pool, call, group, new long[CALLERS * CONCURRENT_CALLS_PER_CALLER]);
            }
            Duration simulatorBefore = BenchmarkMain.simulator.cpuTime();
            long clientBefore = Measurements.processCpuNanos();
            long wallBefore = System.nanoTime();
            for (int round = 0; round < CONCURRENT_ROUNDS; round++) {
                for (Map.Entry<String, Supplier<AgentGroup>> v : variants.entrySet()) {
                    Result r = results.get(v.getKey());
                    long[] latencies = new long[CALLERS * CONCURRENT_CALLS_PER_CALLER];
                    r.throughput.add(concurrentRound(pool, v.getValue(), group, latencies));
                    r.latencies.add(latencies);
                }
            }
            double wall = System.nanoTime() - wallBefore;
            double capacity = wall * Runtime.getRuntime().availableProcessors();
            double simulatorShare = (BenchmarkMain.simulator.cpuTime().minus(simulatorBefore).toNanos()) / capacity;
            double clientShare = (Measurements.processCpuNanos() - clientBefore) / capacity;
            System.out.printf("simulator cpu-share=%.2f client-cpu-share=%.2f load-average=%s "
                    + "(shares of all cores over the concurrent rounds)%n", simulatorShare, clientShare,
                    Measurements.loadAverage());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Calls per second over one round; fills {@code latencies} with nanoseconds per call. */
    private static double concurrentRound(ExecutorService pool, Supplier<AgentGroup> call, int group, long[] latencies)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> callers = new ArrayList<>();
        for (int c = 0; c < CALLERS; c++) {
            int offset = c * CONCURRENT_CALLS_PER_CALLER;
            callers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < CONCURRENT_CALLS_PER_CALLER; i++) {
                    long t0 = System.nanoTime();
                    AgentGroup answer = call.get();
                    latencies[offset + i] = System.nanoTime() - t0;
                    check(answer, group);
                }
                return null;
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Future<?> f : callers) {
            f.get();
        }
        return latencies.length / ((System.nanoTime() - t0) / 1e9);
    }

    private static void check(AgentGroup answer, int expectedId) {
        if (answer == null || answer.getAgentGroupId() == null || answer.getAgentGroupId() != expectedId) {
            throw new IllegalStateException("unexpected answer " + answer);
        }
    }

    private static void print(Map<String, Result> results, Iterable<String> layers) {
        System.out.printf("%n(sequential: median latency of %d calls each, alternating call by call; allocation:"
                + " median of %d blocks of %d calls; concurrent: %d callers on a fixed pool of platform threads, median throughput of %d"
                + " alternating rounds of %d calls, percentiles over all their calls)%n", ROUNDS * CALLS_PER_ROUND,
                ALLOCATION_ROUNDS, CALLS_PER_ROUND, CALLERS, CONCURRENT_ROUNDS, CALLERS * CONCURRENT_CALLS_PER_CALLER);
        for (Map.Entry<String, Result> e : results.entrySet()) {
            Result r = e.getValue();
            String concurrent = r.throughput.isEmpty() ? ""
                    : String.format(" concurrent-calls-per-s=%.0f p50-us=%.0f p99-us=%.0f", r.throughput(),
                            r.percentileMicros(50), r.percentileMicros(99));
            System.out.printf("figures %s sequential-us=%.1f%s alloc-bytes-per-call=%.0f%s%n",
                    e.getKey(), r.sequential(), concurrent, r.allocation(),
                    r.heapBytes > 0 ? " heap-bytes-per-client=" + r.heapBytes : "");
        }
        Result ext = results.get(EXTENSION);
        Result bare = results.get(BARE);
        Result floor = results.get(FLOOR);
        System.out
                .println(ratioLine(EXTENSION, ext, BARE, bare) + " heap=" + Measurements.ratio(ext.heapBytes, bare.heapBytes));
        System.out.println(ratioLine(EXTENSION, ext, FLOOR, floor));
        System.out.println(ratioLine(BARE, bare, FLOOR, floor));
        System.out.println(ratioLine(EXTENSION, ext, POLICY_OFF, results.get(POLICY_OFF)));
        Result untimed = results.get(Breakdown.BARE_WITHOUT_TIMEOUTS);
        if (untimed != null) { // as the bare client was measured before it had the extension's timeouts
            System.out.println("ratio " + EXTENSION + "/" + Breakdown.BARE_WITHOUT_TIMEOUTS + " sequential="
                    + Measurements.ratio(ext.sequential(), untimed.sequential()) + " alloc="
                    + Measurements.ratio(ext.allocation(), untimed.allocation()));
        }
        for (String layer : layers) {
            Result l = results.get(layer);
            System.out.println("breakdown " + layer + "/" + BARE + " sequential=" + Measurements.ratio(l.sequential(),
                    bare.sequential()) + " alloc=" + Measurements.ratio(l.allocation(), bare.allocation())
                    + String.format(" extra-bytes-per-call=%.0f extra-us-per-call=%.1f", l.allocation() - bare.allocation(),
                            l.sequential() - bare.sequential()));
        }
    }

    /** Cost ratios: above 1 means {@code a} costs more than {@code b} (concurrent is the inverse throughput ratio). */
    private static String ratioLine(String aName, Result a, String bName, Result b) {
        return "ratio " + aName + "/" + bName + " sequential=" + Measurements.ratio(a.sequential(), b.sequential())
                + " concurrent=" + Measurements.ratio(b.throughput(), a.throughput())
                + " p50=" + Measurements.ratio(a.percentileMicros(50), b.percentileMicros(50))
                + " p99=" + Measurements.ratio(a.percentileMicros(99), b.percentileMicros(99))
                + " alloc=" + Measurements.ratio(a.allocation(), b.allocation());
    }

    /** What one variant measured. */
    static final class Result {
        final List<Double> sequentialMicros = new ArrayList<>();
        final List<Double> allocatedBytes = new ArrayList<>();
        final List<Double> throughput = new ArrayList<>();
        final List<long[]> latencies = new ArrayList<>();
        long heapBytes;

        double sequential() {
            return Measurements.median(sequentialMicros);
        }

        double allocation() {
            return Measurements.median(allocatedBytes);
        }

        double throughput() {
            return Measurements.median(throughput);
        }

        double percentileMicros(double p) {
            long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return Measurements.percentile(all, p) / 1_000.0;
        }
    }
}
