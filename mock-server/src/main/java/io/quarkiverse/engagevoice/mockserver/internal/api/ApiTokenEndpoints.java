package io.quarkiverse.engagevoice.mockserver.internal.api;

import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;

import io.quarkiverse.engagevoice.mockserver.internal.data.ContactCentre;
import io.quarkiverse.engagevoice.mockserver.internal.json.Json;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiException;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiResponse;
import io.quarkiverse.engagevoice.mockserver.internal.routing.Endpoint;

/** Permanent API tokens of the calling user: create ({@code text/plain}), list (JSON), delete. */
public final class ApiTokenEndpoints {

    private final Supplier<ContactCentre> data;

    public ApiTokenEndpoints(Supplier<ContactCentre> data) {
        this.data = data;
    }

    /** Every call makes another token. */
    public Endpoint create() {
        return request -> ApiResponse.text(200, data.get().apiTokens.create(request.principal().userId()));
    }

    public Endpoint list() {
        return request -> {
            ArrayNode tokens = Json.array();
            data.get().apiTokens.tokensOf(request.principal().userId()).forEach(tokens::add);
            return ApiResponse.ok(tokens);
        };
    }

    public Endpoint delete() {
        return request -> {
            String token = request.pathParam("token");
            if (!data.get().apiTokens.remove(token, request.principal().userId())) {
                throw ApiException.notFound("API token does not exist");
            }
            return ApiResponse.textTrue();
        };
    }
}
