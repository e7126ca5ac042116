package io.quarkiverse.engagevoice.runtime.metrics;

import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.quarkiverse.engagevoice.client.spi.RequestOperations;
import io.quarkiverse.engagevoice.client.spi.RequestOperations.Operation;
import io.quarkiverse.engagevoice.runtime.CallKind;

/**
 * Times every answered request of one client by operation, and counts logins, renewals, failed renewals and 429s.
 * Tags hold names and status classes only, never ids, values or credentials.
 */
final class MeteringFilter implements ClientRequestFilter, ClientResponseFilter {

    private static final String STARTED = MeteringFilter.class.getName() + ".started";

    private final MeterRegistry registry;
    private final String client;

    MeteringFilter(MeterRegistry registry, String client) {
        this.registry = registry;
        this.client = client;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (!(started instanceof Long start)) {
            return;
        }
        Operation operation = RequestOperations.of(request);
        CallKind kind = CallKind.of(operation);
        int status = response.getStatus();
        String outcome = CallKind.outcome(status);
        Timer.builder(ClientMeters.REQUESTS)
                .description("Requests of the Engage Voice clients that got an answer, by operation")
                .tags(Tags.of(ClientMeters.CLIENT, client, ClientMeters.OPERATION, operation.name(),
                        ClientMeters.METHOD, CallKind.method(operation), ClientMeters.STATUS, String.valueOf(status),
                        ClientMeters.OUTCOME, outcome))
                .register(registry)
                .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        if (kind == CallKind.LOGIN) {
            registry.counter(ClientMeters.LOGINS, ClientMeters.CLIENT, client, ClientMeters.OUTCOME, outcome).increment();
        } else if (kind == CallKind.RENEWAL) {
            registry.counter(ClientMeters.RENEWALS, ClientMeters.CLIENT, client, ClientMeters.OUTCOME, outcome)
                    .increment();
            if (status >= 300) {
                registry.counter(ClientMeters.REFRESH_FAILURES, ClientMeters.CLIENT, client).increment();
            }
        }
        if (status == 429) {
            registry.counter(ClientMeters.RATE_LIMITED, ClientMeters.CLIENT, client, ClientMeters.SOURCE,
                    kind == CallKind.API ? "api" : "auth").increment();
        }
    }
}
