package io.quarkiverse.engagevoice.mockserver.internal.api;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.data.ContactCentre;
import io.quarkiverse.engagevoice.mockserver.internal.data.LeadStore;
import io.quarkiverse.engagevoice.mockserver.internal.json.Json;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiException;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiResponse;
import io.quarkiverse.engagevoice.mockserver.internal.routing.Endpoint;

/** {@code PUT .../campaignLeads/actions?leadAction=}: bulk changes to the leads matching a search. */
public final class LeadActions {

    private static final Set<String> ALL_LEAD_ACTIONS = Set.of("RESET_LEADS", "CANCEL_LEADS", "DELETE_LEADS",
            "PAUSE_LEADS", "DIALER_REFRESH", "READY_LEADS", "MANUAL_LEADS", "EMAIL_LEADS", "CALLBACK_LEADS",
            "MOVE_TO_CAMPAIGN", "AGENT_RESERVATION", "SUPPRESS_LEADS", "UNSUPPRESS_LEADS");

    private final Supplier<ContactCentre> data;

    public LeadActions(Supplier<ContactCentre> data) {
        this.data = data;
    }

    /**
     * Bulk lead actions on the leads matching {@code campaignLeadSearchCriteria}. State changes are simulated for
     * RESET, CANCEL, DELETE, PAUSE, READY, SUPPRESS, UNSUPPRESS and DIALER_REFRESH; the other actions of the enum
     * (they need parameters the documentation does not describe) are refused with a 400.
     */
    public Endpoint endpoint() {
        return request -> {
            ContactCentre centre = data.get();
            String accountId = AccountGuard.accessibleAccount(request, centre);
            String action = request.queryParam("leadAction");
            if (action == null || !ALL_LEAD_ACTIONS.contains(action)) {
                throw ApiException.invalidField("leadAction", "must be one of "
                        + ALL_LEAD_ACTIONS.stream().sorted().toList(), action);
            }
            JsonNode criteriaNode = request.jsonObjectBody().get("campaignLeadSearchCriteria");
            if (criteriaNode == null || !criteriaNode.isObject()) {
                throw ApiException.invalidField("campaignLeadSearchCriteria", "may not be empty", null);
            }
            List<LeadStore.Lead> leads = LeadSearch.matching(centre, accountId, LeadCriteria.from(criteriaNode));
            ObjectNode result = Json.object();
            result.put("leadActionType", action);
            result.put("success", true);
            result.put("leadUpdateCount", 0);
            result.put("leadDeleteCount", 0);
            result.put("redialDeleteCount", 0);
            result.put("dialerRefreshed", false);
            result.putNull("errorMessage");
            apply(centre, action, leads, result);
            return ApiResponse.ok(result);
        };
    }

    private static void apply(ContactCentre centre, String action, List<LeadStore.Lead> leads, ObjectNode result) {
        switch (action) {
            case "DELETE_LEADS" -> {
                leads.forEach(lead -> centre.leads.delete(lead.leadId()));
                result.put("leadDeleteCount", leads.size());
            }
            case "DIALER_REFRESH" -> result.put("dialerRefreshed", true);
            case "CANCEL_LEADS" -> update(leads, result, "leadState", "CANCELLED");
            case "PAUSE_LEADS" -> update(leads, result, "leadState", "PAUSED");
            case "READY_LEADS" -> update(leads, result, "leadState", "READY");
            case "RESET_LEADS" -> {
                update(leads, result, "leadState", "READY");
                leads.forEach(lead -> lead.body().put("leadPasses", 0));
            }
            case "SUPPRESS_LEADS" -> {
                leads.forEach(lead -> lead.body().put("suppressed", true));
                result.put("leadUpdateCount", leads.size());
            }
            case "UNSUPPRESS_LEADS" -> {
                leads.forEach(lead -> lead.body().put("suppressed", false));
                result.put("leadUpdateCount", leads.size());
            }
            default -> throw ApiException.invalidField("leadAction", "is not simulated", action);
        }
    }

    private static void update(List<LeadStore.Lead> leads, ObjectNode result, String property, String value) {
        leads.forEach(lead -> lead.body().put(property, value));
        result.put("leadUpdateCount", leads.size());
    }
}
