package io.quarkiverse.engagevoice.mockserver.internal.api;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.data.ActiveCall;
import io.quarkiverse.engagevoice.mockserver.internal.data.ContactCentre;
import io.quarkiverse.engagevoice.mockserver.internal.data.Table;
import io.quarkiverse.engagevoice.mockserver.internal.json.Json;
import io.quarkiverse.engagevoice.mockserver.internal.json.WireDates;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiRequest;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiResponse;
import io.quarkiverse.engagevoice.mockserver.internal.routing.Endpoint;

/**
 * The real-time snapshots the developer guide documents (no OpenAPI file lists them), computed from the live calls:
 * an agent is {@code ON_CALL} while connected to one, else {@code AVAILABLE}; a queue counts its waiting and
 * connected calls, a campaign its connected calls. The simulator has no IVRs or chat queues: those answer
 * {@code []}.
 */
public final class RealTimeEndpoints {

    private final Supplier<ContactCentre> data;

    public RealTimeEndpoints(Supplier<ContactCentre> data) {
        this.data = data;
    }

    public Endpoint agents() {
        return request -> {
            ContactCentre centre = data.get();
            String accountId = AccountGuard.accessibleAccount(request, centre);
            List<ActiveCall> calls = liveCalls(centre, accountId);
            ArrayNode result = Json.array();
            for (Table.Row agent : centre.agents.all()) {
                if (!agent.accountId().equals(accountId)) {
                    continue;
                }
                ObjectNode stats = record(request, accountId);
                stats.put("agentId", agent.id());
                stats.put("agentGroupId", agent.parentId());
                stats.set("username", agent.body().path("username").deepCopy());
                stats.set("firstName", agent.body().path("firstName").deepCopy());
                stats.set("lastName", agent.body().path("lastName").deepCopy());
                ActiveCall call = calls.stream().filter(c -> c.agentId() == agent.id()).findFirst().orElse(null);
                stats.put("agentState", call == null ? "AVAILABLE" : "ON_CALL");
                if (call != null) {
                    stats.put("callUii", call.uii());
                    stats.set("callAni", call.view().path("ani").deepCopy());
                    stats.set("callDnis", call.view().path("dnis").deepCopy());
                    stats.put(call.product().equals("OUTBOUND") ? "campaignId" : "gateId", call.productId());
                }
                result.add(stats);
            }
            return ApiResponse.ok(result);
        };
    }

    public Endpoint inbound() {
        return request -> {
            ContactCentre centre = data.get();
            String accountId = AccountGuard.accessibleAccount(request, centre);
            List<ActiveCall> calls = liveCalls(centre, accountId);
            ArrayNode result = Json.array();
            for (Table.Row gate : centre.gates.all()) {
                if (!gate.accountId().equals(accountId)) {
                    continue;
                }
                ObjectNode stats = record(request, accountId);
                stats.put("gateId", gate.id());
                stats.put("gateGroupId", gate.parentId());
                stats.set("gateName", gate.body().path("gateName").deepCopy());
                Predicate<ActiveCall> onGate = c -> c.product().equals("ACD") && c.productId() == gate.id();
                stats.put("inQueue", calls.stream().filter(onGate.and(c -> c.agentId() == 0)).count());
                stats.put("active", calls.stream().filter(onGate.and(c -> c.agentId() != 0)).count());
                result.add(stats);
            }
            return ApiResponse.ok(result);
        };
    }

    public Endpoint outbound() {
        return request -> {
            ContactCentre centre = data.get();
            String accountId = AccountGuard.accessibleAccount(request, centre);
            List<ActiveCall> calls = liveCalls(centre, accountId);
            ArrayNode result = Json.array();
            for (Table.Row campaign : centre.campaigns.all()) {
                if (!campaign.accountId().equals(accountId)) {
                    continue;
                }
                ObjectNode stats = record(request, accountId);
                stats.put("campaignId", campaign.id());
                stats.put("dialGroupId", campaign.parentId());
                stats.set("campaignName", campaign.body().path("campaignName").deepCopy());
                stats.put("active", calls.stream()
                        .filter(c -> c.product().equals("OUTBOUND") && c.productId() == campaign.id()).count());
                result.add(stats);
            }
            return ApiResponse.ok(result);
        };
    }

    /** {@code ivr} and {@code chat}: the simulator has none of these. */
    public Endpoint none() {
        return request -> {
            AccountGuard.accessibleAccount(request, data.get());
            return ApiResponse.ok(Json.array());
        };
    }

    private static ObjectNode record(ApiRequest request, String accountId) {
        ObjectNode stats = Json.object();
        stats.put("subaccountId", accountId);
        stats.put("lastUpdate", WireDates.format(request.now()));
        return stats;
    }

    private static List<ActiveCall> liveCalls(ContactCentre centre, String accountId) {
        return centre.calls.values().stream()
                .filter(c -> c.accountId().equals(accountId) && c.stage() == ActiveCall.Stage.LIVE).toList();
    }
}
