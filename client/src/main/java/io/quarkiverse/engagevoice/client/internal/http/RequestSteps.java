package io.quarkiverse.engagevoice.client.internal.http;

import java.io.IOException;
import java.util.List;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * The library's request steps that follow the credential (path, {@code User-Agent}, method override), run in order
 * as one filter: the authentication filter calls it once the credential is set, so that each request passes through
 * a single registered filter (Quarkus REST allocates a handler per registered filter and call).
 */
public final class RequestSteps implements ClientRequestFilter {

    private final ClientRequestFilter[] steps;

    public RequestSteps(List<ClientRequestFilter> steps) {
        this.steps = steps.toArray(ClientRequestFilter[]::new);
    }

    @Override
    public void filter(ClientRequestContext request) throws IOException {
        for (ClientRequestFilter step : steps) {
            step.filter(request);
        }
    }
}
