package io.quarkiverse.engagevoice.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.quarkiverse.engagevoice.EngageVoiceClients;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;

/**
 * Readiness: every configured client can obtain its credential (a login or refresh when the cached one is not
 * valid). It never blocks, and reports errors by type and message, which never hold a secret.
 */
@Readiness
@ApplicationScoped
public class EngageVoiceHealthCheck implements AsyncHealthCheck {

    static final String NAME = "Engage Voice clients";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    EngageVoiceClients clients;

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<Map.Entry<String, String>>> checks = new ArrayList<>();
        for (String name : clients.names()) {
            EngageVoiceClient client = clients.client(name);
            checks.add(Uni.createFrom().completionStage(() -> client.tokenProvider().credential())
                    .ifNoItem().after(TIMEOUT).fail()
                    .map(c -> Map.entry(name, "UP " + client.server()))
                    .onFailure().recoverWithItem(e -> Map.entry(name, "DOWN " + e.getClass().getSimpleName() + ": "
                            + e.getMessage())));
        }
        if (checks.isEmpty()) {
            return Uni.createFrom().item(HealthCheckResponse.named(NAME).up().build());
        }
        return Uni.join().all(checks).andCollectFailures().map(results -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
            Map<String, String> sorted = new TreeMap<>();
            results.forEach(r -> sorted.put(r.getKey(), r.getValue()));
            sorted.forEach((name, state) -> {
                response.withData(name, state);
                if (state.startsWith("DOWN")) {
                    response.down();
                }
            });
            return response.build();
        });
    }
}
