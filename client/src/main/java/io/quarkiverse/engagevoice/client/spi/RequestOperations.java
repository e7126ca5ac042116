package io.quarkiverse.engagevoice.client.spi;

import jakarta.ws.rs.client.ClientRequestContext;

import io.quarkiverse.engagevoice.client.internal.Operations;

/** The Engage Voice operation a request belongs to, for a runtime's metrics and spans: names and templates, never values. */
public final class RequestOperations {

    private RequestOperations() {
    }

    /**
     * @param name such as {@code AgentGroupsApi.get}
     * @param request such as {@code GET /v1/admin/accounts/{accountId}/agentGroups/{agentGroupId}}
     */
    public record Operation(String name, String request) {
    }

    /** The operation of this request; falls back to the method and a path without parameters. */
    public static Operation of(ClientRequestContext request) {
        Operations.Operation operation = Operations.of(request);
        return new Operation(operation.name(), operation.request());
    }
}
