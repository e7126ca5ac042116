package io.quarkiverse.engagevoice.mockserver.internal.api;

import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.data.ContactCentre;
import io.quarkiverse.engagevoice.mockserver.internal.json.Json;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiResponse;
import io.quarkiverse.engagevoice.mockserver.internal.routing.Endpoint;

/** {@code GET /v1/admin/accounts} and {@code GET /v1/admin/users}. */
public final class AccountEndpoints {

    private final Supplier<ContactCentre> data;

    public AccountEndpoints(Supplier<ContactCentre> data) {
        this.data = data;
    }

    /** The accounts the caller may access: the main account and its sub-accounts. */
    public Endpoint listAccounts() {
        return request -> {
            ArrayNode result = Json.array();
            for (Map.Entry<String, ObjectNode> account : data.get().accounts.entrySet()) {
                if (request.principal().mayAccess(account.getKey())) {
                    result.add(account.getValue().deepCopy());
                }
            }
            return ApiResponse.ok(result);
        };
    }

    /** The caller and the users below it, nested in {@code children} unless {@code flatten=true}. */
    public Endpoint listUsers() {
        return request -> ApiResponse.ok(data.get().users.listFrom(request.principal().userId(),
                request.boolQueryParam("activeOnly", false), request.boolQueryParam("flatten", false)));
    }
}
