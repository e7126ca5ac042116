package io.quarkiverse.engagevoice.benchmarks;

import java.io.Closeable;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

import io.quarkiverse.engagevoice.client.Credentials;
import io.quarkiverse.engagevoice.client.EngageVoiceApis;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;

/**
 * The heap one client holds once every API interface of {@link EngageVoiceApis#all()} is built: an
 * {@link EngageVoiceClient} (filters, 401 replay, token provider) beside one bare Quarkus REST client per interface.
 * Several clients of each kind are built and kept, and the heap after full collections is compared.
 */
final class HeapPerClient {

    private static final int CLIENTS = Integer.getInteger("benchmark.heap.clients", 4);

    private HeapPerClient() {
    }

    static void measure(String server, String accessToken, CallCostBenchmark.Result extension,
            CallCostBenchmark.Result bare) throws Exception {
        URI apiUri;
        List<EngageVoiceClient> clients = new ArrayList<>();
        long before = Measurements.usedHeapAfterGc();
        for (int i = 0; i < CLIENTS; i++) {
            EngageVoiceClient c = EngageVoiceClient.builder().server(server)
                    .credentials(Credentials.accessToken(accessToken)).build();
            EngageVoiceApis.all().forEach(c::api);
            clients.add(c);
        }
        extension.heapBytes = (Measurements.usedHeapAfterGc() - before) / CLIENTS;
        apiUri = clients.get(0).server().apiUri();
        clients.forEach(EngageVoiceClient::close);
        clients.clear();

        List<Object> bareClients = new ArrayList<>();
        before = Measurements.usedHeapAfterGc();
        for (int i = 0; i < CLIENTS; i++) {
            for (Class<?> type : EngageVoiceApis.all()) {
                bareClients.add(RestClientBuilder.newBuilder().baseUri(apiUri).build(type));
            }
        }
        bare.heapBytes = (Measurements.usedHeapAfterGc() - before) / CLIENTS;
        System.out.printf("heap per client with all %d API interfaces built: extension %d KiB, bare REST clients %d KiB%n",
                EngageVoiceApis.all().size(), extension.heapBytes / 1024, bare.heapBytes / 1024);
        for (Object c : bareClients) {
            if (c instanceof Closeable closeable) {
                closeable.close();
            }
        }
    }
}
