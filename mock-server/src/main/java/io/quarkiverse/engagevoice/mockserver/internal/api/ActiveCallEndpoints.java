package io.quarkiverse.engagevoice.mockserver.internal.api;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;

import io.quarkiverse.engagevoice.mockserver.internal.data.ActiveCall;
import io.quarkiverse.engagevoice.mockserver.internal.data.ContactCentre;
import io.quarkiverse.engagevoice.mockserver.internal.json.Json;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiException;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiRequest;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiResponse;
import io.quarkiverse.engagevoice.mockserver.internal.routing.Endpoint;

/**
 * Active calls: the list (filtered by {@code product}/{@code productId}/{@code externalId}), hang-up and
 * disposition, and the actions only the developer guide documents (ping, hold, requeue, session hang-up by id). A
 * hung-up call leaves the list but can still be dispositioned; a dispositioned call is finished.
 */
public final class ActiveCallEndpoints {

    private static final Set<String> PRODUCTS = Set.of("ACCOUNT", "ACD", "AGENT", "CHAT_QUEUE", "OUTBOUND",
            "VISUAL_IVR", "CLOUD_PROFILE", "CLOUD_DESTINATION", "TRAC_NUMBER", "HTTP_SERVICES", "SCRIPTING",
            "TN_MANAGER", "SURVEY", "DNIS", "TEAMS", "KNOWLEDGE_BASE", "UTILITIES");
    private static final DateTimeFormatter CALLBACK_DTS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Supplier<ContactCentre> data;

    public ActiveCallEndpoints(Supplier<ContactCentre> data) {
        this.data = data;
    }

    public Endpoint list() {
        return request -> {
            ContactCentre centre = data.get();
            String accountId = AccountGuard.accessibleAccount(request, centre);
            String product = request.queryParam("product");
            if (product != null && !PRODUCTS.contains(product)) {
                throw ApiException.invalidField("product", "must be one of " + PRODUCTS.stream().sorted().toList(),
                        product);
            }
            Integer productId = request.intQueryParam("productId");
            String externalId = request.queryParam("externalId");
            List<ActiveCall> calls = centre.calls.values().stream()
                    .filter(call -> call.accountId().equals(accountId))
                    .filter(call -> call.stage() == ActiveCall.Stage.LIVE)
                    .filter(call -> matchesProduct(call, product, productId))
                    .filter(call -> externalId == null || externalId.equals(call.view().path("externalId").asText()))
                    .toList();
            ArrayNode result = Json.array();
            Paging.of(request).apply(calls).forEach(call -> result.add(call.view().deepCopy()));
            return ApiResponse.ok(result);
        };
    }

    /** {@code AGENT} filters by the connected agent, {@code ACCOUNT} takes all, others by their queue/campaign. */
    private static boolean matchesProduct(ActiveCall call, String product, Integer productId) {
        if (product == null || product.equals("ACCOUNT")) {
            return true;
        }
        if (product.equals("AGENT")) {
            return productId == null ? call.agentId() != 0 : call.agentId() == productId;
        }
        return product.equals(call.product()) && (productId == null || productId == call.productId());
    }

    public Endpoint hangup() {
        return request -> {
            ActiveCall call = call(request);
            if (call.stage() != ActiveCall.Stage.LIVE) {
                throw ApiException.notFound("Call " + call.uii() + " is not active");
            }
            call.hangUp();
            return ApiResponse.textTrue();
        };
    }

    public Endpoint disposition() {
        return request -> {
            ActiveCall call = call(request);
            String disposition = request.queryParam("disposition");
            if (disposition == null || disposition.isBlank()) {
                throw ApiException.invalidField("disposition", "is required", disposition);
            }
            if (!request.query().has("callback")) {
                throw ApiException.invalidField("callback", "is required", null);
            }
            if (request.boolQueryParam("callback", false)) {
                requireCallbackTime(request.queryParam("callBackDTS"));
            }
            if (call.stage() == ActiveCall.Stage.DISPOSITIONED) {
                throw ApiException.conflict("Call " + call.uii() + " already has a disposition");
            }
            call.disposition(disposition);
            return ApiResponse.textTrue();
        };
    }

    /** {@code pingCall}: {@code true} for a live call (the simulator archives no call on its own). */
    public Endpoint ping() {
        return request -> {
            liveCall(request);
            return ApiResponse.textTrue();
        };
    }

    /** {@code toggleCallHold}: {@code state} is {@code ON} or {@code OFF}; the call must be live. */
    public Endpoint hold() {
        return request -> {
            String state = request.queryParam("state");
            if (!"ON".equals(state) && !"OFF".equals(state)) {
                throw ApiException.invalidField("state", "must be ON or OFF", state);
            }
            liveCall(request);
            return ApiResponse.textTrue();
        };
    }

    /** {@code requeueCall}: {@code gateId} must be a queue of the call's account. */
    public Endpoint requeue() {
        return request -> {
            Integer gateId = request.intQueryParam("gateId");
            if (gateId == null) {
                throw ApiException.invalidField("gateId", "is required", null);
            }
            ActiveCall call = liveCall(request);
            if (data.get().gates.find(call.accountId(), gateId).isEmpty()) {
                throw ApiException.notFound("Gate " + gateId + " does not exist");
            }
            call.requeue(gateId);
            return ApiResponse.textTrue();
        };
    }

    /** {@code hangupSessionById}: {@code false} when the call has no such session. */
    public Endpoint hangupSessionById() {
        return request -> {
            String sessionId = request.queryParam("sessionId");
            if (sessionId == null || sessionId.isBlank()) {
                throw ApiException.invalidField("sessionId", "is required", sessionId);
            }
            boolean ended = liveCall(request).hangUpSession(sessionId);
            return ApiResponse.text(200, Boolean.toString(ended));
        };
    }

    private ActiveCall liveCall(ApiRequest request) {
        ActiveCall call = call(request);
        if (call.stage() != ActiveCall.Stage.LIVE) {
            throw ApiException.notFound("Call " + call.uii() + " is not active");
        }
        return call;
    }

    private static void requireCallbackTime(String value) {
        try {
            if (value == null) {
                throw new DateTimeParseException("missing", "", 0);
            }
            LocalDateTime.parse(value, CALLBACK_DTS);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField("callBackDTS", "is required with callback=true, as yyyyMMddHHmmss",
                    value);
        }
    }

    private ActiveCall call(ApiRequest request) {
        ContactCentre centre = data.get();
        String accountId = AccountGuard.accessibleAccount(request, centre);
        String uii = request.pathParam("uii");
        ActiveCall call = centre.calls.get(uii);
        if (call == null || !call.accountId().equals(accountId)) {
            throw ApiException.notFound("Call " + uii + " does not exist");
        }
        return call;
    }
}
