package io.quarkiverse.engagevoice.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.model.AgentGroup;
import io.quarkiverse.engagevoice.mockserver.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.SimulatorSeed;
import io.quarkus.runtime.QuarkusApplication;

/**
 * The client's own cost per call, measured side by side in one run against the same local simulator endpoint
 * ({@code GET .../agentGroups/{id}}, a small JSON object mapped to {@link AgentGroup}):
 * <ol>
 * <li>the extension: the injected {@link AgentGroupsApi} with every filter, the token lookup and the 401 proxy;</li>
 * <li>a bare Quarkus REST client for the same operation, with the Bearer header passed by hand;</li>
 * <li>the JDK's HTTP client plus Jackson: the floor of any Java client.</li>
 * </ol>
 * Rounds alternate between the three so that drift of the machine affects all alike; the medians and their ratios
 * are printed. Not a test: the numbers depend on the machine.
 */
public class CallCostBenchmark implements QuarkusApplication {

    private static final int WARMUP_CALLS = 3_000;
    private static final int CALLS_PER_ROUND = 500;
    private static final int ROUNDS = 25;

    @Inject
    AgentGroupsApi extension;

    @Inject
    EngageVoiceClient client;

    @Override
    public int run(String... args) throws Exception {
        String account = SimulatorCredentials.SALES_ACCOUNT_ID;
        int group = SimulatorSeed.SALES_AGENT_GROUP_ID;
        String bearer = "Bearer " + client.tokenProvider().credential().toCompletableFuture().join().token();
        BareAgentGroupsApi bare = RestClientBuilder.newBuilder().baseUri(client.server().apiUri())
                .build(BareAgentGroupsApi.class);
        HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ObjectMapper json = new ObjectMapper();
        HttpRequest request = HttpRequest.newBuilder(
                URI.create(client.server().apiUri() + "/v1/admin/accounts/" + account + "/agentGroups/" + group))
                .header("Authorization", bearer).header("Accept", "application/json").build();

        Map<String, Supplier<AgentGroup>> variants = new LinkedHashMap<>();
        variants.put("extension (filters, token lookup, 401 proxy)", () -> extension.get(account, group));
        variants.put("bare Quarkus REST client", () -> bare.get(bearer, account, group));
        variants.put("JDK HttpClient + Jackson (floor)", () -> {
            try {
                HttpResponse<byte[]> response = jdk.send(request, HttpResponse.BodyHandlers.ofByteArray());
                return json.readValue(response.body(), AgentGroup.class);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        for (Supplier<AgentGroup> call : variants.values()) {
            check(call.get(), group);
            time(call, WARMUP_CALLS);
        }
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        variants.keySet().forEach(k -> samples.put(k, new ArrayList<>()));
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, Supplier<AgentGroup>> v : variants.entrySet()) {
                samples.get(v.getKey()).add(time(v.getValue(), CALLS_PER_ROUND));
            }
        }

        double floor = median(samples.get("JDK HttpClient + Jackson (floor)"));
        double bareCost = median(samples.get("bare Quarkus REST client"));
        System.out.printf("%n== Cost of one call to a local simulator (median of %d rounds of %d calls, after %d warm-up)%n",
                ROUNDS, CALLS_PER_ROUND, WARMUP_CALLS);
        for (Map.Entry<String, List<Double>> s : samples.entrySet()) {
            double us = median(s.getValue());
            System.out.printf("%-48s %8.1f us/call   %5.2fx the floor   %5.2fx the bare REST client%n", s.getKey(), us,
                    us / floor, us / bareCost);
        }
        System.out.println("Benchmark completed");
        return 0;
    }

    private static void check(AgentGroup answer, int expectedId) {
        if (answer == null || answer.getAgentGroupId() == null || answer.getAgentGroupId() != expectedId) {
            throw new IllegalStateException("unexpected answer " + answer);
        }
    }

    /** Microseconds per call over {@code calls} calls. */
    private static double time(Supplier<AgentGroup> call, int calls) {
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

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
