package io.quarkiverse.engagevoice.mockserver.internal.api;

import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.data.ContactCentre;
import io.quarkiverse.engagevoice.mockserver.internal.data.LeadStore;
import io.quarkiverse.engagevoice.mockserver.internal.json.Json;
import io.quarkiverse.engagevoice.mockserver.internal.json.WireDates;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiException;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiResponse;
import io.quarkiverse.engagevoice.mockserver.internal.routing.Endpoint;

/**
 * Lookups the developer guide documents and no OpenAPI file lists: the account's agent states ({@code auxStates}, a
 * fixed set, one of them inactive) and a campaign's lead lists (those its leads were loaded in).
 */
public final class AgentSetupEndpoints {

    /** stateId, agentAuxState, base state, active. */
    private static final Object[][] AUX_STATES = { { 11786, "AVAILABLE", "AVAILABLE", true },
            { 11787, "Lunch", "AWAY", true }, { 11788, "Training", "AWAY", true },
            { 11789, "Old break", "AWAY", false } };

    private final Supplier<ContactCentre> data;

    public AgentSetupEndpoints(Supplier<ContactCentre> data) {
        this.data = data;
    }

    /** {@code auxStates}: {@code active=1} keeps the active states, no {@code active} gives all. */
    public Endpoint auxStates() {
        return request -> {
            AccountGuard.accessibleAccount(request, data.get());
            Integer active = request.intQueryParam("active");
            ArrayNode result = Json.array();
            for (Object[] state : AUX_STATES) {
                if (active != null && active == 1 && !(Boolean) state[3]) {
                    continue;
                }
                ObjectNode view = result.addObject();
                view.put("stateId", (Integer) state[0]);
                view.put("agentAuxState", (String) state[1]);
                view.putObject("baseAgentState").put("colKey", (String) state[2]);
                view.put("isActive", (Boolean) state[3]);
                view.put("isAgentSelectable", (Boolean) state[3]);
            }
            return ApiResponse.ok(result);
        };
    }

    /** {@code campaigns/{campaignId}/lists}: the campaign must be in the dial group of the path. */
    public Endpoint campaignLists() {
        return request -> {
            ContactCentre centre = data.get();
            String accountId = AccountGuard.accessibleAccount(request, centre);
            int campaignId = request.intPathParam("campaignId");
            centre.campaigns.find(accountId, request.intPathParam("dialGroupId"), campaignId)
                    .orElseThrow(() -> ApiException.notFound("Campaign " + campaignId + " does not exist"));
            ArrayNode result = Json.array();
            for (LeadStore.LeadList list : centre.leads.listsOf(campaignId)) {
                long leads = centre.leads.inCampaign(campaignId).stream()
                        .filter(lead -> lead.listId() == list.listId()).count();
                ObjectNode view = result.addObject();
                view.put("listId", list.listId());
                view.put("listDesc", list.description());
                view.put("listState", "ACTIVE");
                view.put("uploadDate", WireDates.format(list.uploadedAt()));
                view.put("leadsSupplied", leads);
                view.put("leadsAccepted", leads);
            }
            return ApiResponse.ok(result);
        };
    }
}
