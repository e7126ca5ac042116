package io.quarkiverse.engagevoice.client.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;

/**
 * Copies the failed operation's name and path template onto an error response, where the exception mapper (which
 * sees only the response) reads them. Successful responses are left alone. The headers are never sent anywhere.
 */
@Priority(OperationHeaders.PRIORITY)
public final class OperationHeaders implements ClientResponseFilter {

    /** Response filters run from the highest priority down: this one first, before any exception mapping. */
    public static final int PRIORITY = Integer.MAX_VALUE - 100;

    public static final String OPERATION = "X-Engage-Voice-Client-Operation";
    public static final String REQUEST = "X-Engage-Voice-Client-Request";

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        if (response.getStatus() >= 400) {
            Operations.Operation op = Operations.of(request);
            response.getHeaders().putSingle(OPERATION, op.name());
            response.getHeaders().putSingle(REQUEST, op.request());
        }
    }

    /** Masks what follows {@code /admin/token/} in a server-reported URI: that segment is an API token. */
    public static String redact(String requestUri) {
        int i = requestUri.indexOf("/admin/token/");
        return i < 0 ? requestUri : requestUri.substring(0, i + "/admin/token/".length()) + "***";
    }
}
