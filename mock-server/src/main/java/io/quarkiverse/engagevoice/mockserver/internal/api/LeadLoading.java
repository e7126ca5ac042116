package io.quarkiverse.engagevoice.mockserver.internal.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.data.ContactCentre;
import io.quarkiverse.engagevoice.mockserver.internal.data.LeadFactory;
import io.quarkiverse.engagevoice.mockserver.internal.data.LeadStore;
import io.quarkiverse.engagevoice.mockserver.internal.json.Json;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiException;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiRequest;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiResponse;
import io.quarkiverse.engagevoice.mockserver.internal.routing.Endpoint;

/** {@code POST .../campaigns/{campaignId}/leadLoader/direct}: leads sent as JSON, loaded as a new list. */
public final class LeadLoading {

    private static final Set<String> LIST_STATES = Set.of("ACTIVE", "PAUSED", "PENDING_DNC", "LOADING", "DELETED",
            "READY", "CALLBACKS", "CALLBACKS_AGENT", "DUPLICATES_NOT_MERGED", "DUPLICATES_NOT_MOVED", "ARCHIVED");
    private static final Set<String> DUPLICATE_HANDLING = Set.of("RETAIN_ALL", "REMOVE_ALL_EXISTING",
            "REMOVE_FROM_LIST");

    private final Supplier<ContactCentre> data;

    public LeadLoading(Supplier<ContactCentre> data) {
        this.data = data;
    }

    /**
     * Loads the {@code uploadLeads} of a {@code LeadListProcessingRequest} into the campaign as a new list. A lead
     * without a usable phone number is rejected (listed in {@code rejectedRows}); duplicates (same phone digits in
     * the campaign) are handled per {@code duplicateHandling}.
     */
    public Endpoint endpoint() {
        return request -> {
            ContactCentre centre = data.get();
            String accountId = AccountGuard.accessibleAccount(request, centre);
            int campaignId = request.intPathParam("campaignId");
            centre.campaignOfAccount(accountId, campaignId)
                    .orElseThrow(() -> ApiException.notFound("Campaign " + campaignId + " does not exist"));
            ObjectNode body = request.jsonObjectBody();
            JsonNode uploads = body.get("uploadLeads");
            if (uploads == null || !uploads.isArray() || uploads.isEmpty()) {
                throw ApiException.invalidField("uploadLeads", "may not be empty", null);
            }
            String listState = enumValue(body, "listState", LIST_STATES, "ACTIVE");
            String duplicates = enumValue(body, "duplicateHandling", DUPLICATE_HANDLING, "RETAIN_ALL");
            return ApiResponse.ok(load(centre, request, accountId, campaignId, body, uploads, listState, duplicates));
        };
    }

    private ObjectNode load(ContactCentre centre, ApiRequest request, String accountId, int campaignId,
            ObjectNode body, JsonNode uploads, String listState, String duplicates) {
        LoadResult result = new LoadResult(uploads.size());
        Set<String> existingPhones = new HashSet<>();
        centre.leads.inCampaign(campaignId).forEach(lead -> existingPhones.add(phoneOf(lead.body())));
        Set<String> uploadedPhones = new HashSet<>();
        List<ObjectNode> accepted = new ArrayList<>();
        for (JsonNode upload : uploads) {
            String phone = upload.isObject() ? phoneOf(upload) : "";
            if (phone.length() < 10 || phone.length() > 15) {
                result.reject(upload, "Invalid phone number");
                continue;
            }
            result.leadsAccepted++;
            boolean repeatedInUpload = !uploadedPhones.add(phone);
            boolean duplicate = repeatedInUpload || existingPhones.contains(phone);
            if (duplicate && duplicates.equals("REMOVE_FROM_LIST")) {
                continue;
            }
            accepted.add((ObjectNode) upload);
        }
        if (duplicates.equals("REMOVE_ALL_EXISTING")) {
            for (LeadStore.Lead lead : centre.leads.inCampaign(campaignId)) {
                if (uploadedPhones.contains(phoneOf(lead.body()))) {
                    centre.leads.delete(lead.leadId());
                    result.deletedCount++;
                }
            }
        }
        LeadStore.LeadList list = centre.leads.newList(campaignId, body.path("description").asText(null),
                request.now());
        for (ObjectNode upload : accepted) {
            if (!reservationValid(centre, accountId, upload.get("reserveAgent"))) {
                result.failedAgentAssignment++;
            }
            centre.leads.add(campaignId, list.listId(), storedLead(upload, listState, request));
            result.leadsInserted++;
        }
        return result.toJson(listState, body.path("timeZoneOption").asText("NOT_APPLICABLE"));
    }

    private static ObjectNode storedLead(ObjectNode upload, String listState, ApiRequest request) {
        ObjectNode lead = LeadFactory.newLead(request.now());
        upload.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("leadId") && !field.getKey().equals("reserveAgent")) {
                lead.set(field.getKey(), field.getValue());
            }
        });
        lead.put("leadState", listState.equals("PAUSED") ? "PAUSED" : "READY");
        return lead;
    }

    /** A blank reservation is no reservation; otherwise it must name an agent of the account. */
    private static boolean reservationValid(ContactCentre centre, String accountId, JsonNode reserveAgent) {
        if (reserveAgent == null || reserveAgent.isNull() || reserveAgent.asText().isBlank()) {
            return true;
        }
        try {
            return centre.agents.find(accountId, Integer.parseInt(reserveAgent.asText().trim())).isPresent();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String phoneOf(JsonNode lead) {
        String phone = lead.path("leadPhone").asText("");
        if (phone.isBlank()) {
            phone = lead.path("leadPhoneE164").asText("");
        }
        return LeadCriteria.digits(phone);
    }

    /** Counters of one load, written as a {@code LeadListProcessingResult}. */
    private static final class LoadResult {
        final int leadsSupplied;
        int leadsAccepted;
        int leadsInserted;
        int deletedCount;
        int failedAgentAssignment;
        final ArrayNode rejectedRows = Json.array();

        LoadResult(int leadsSupplied) {
            this.leadsSupplied = leadsSupplied;
        }

        void reject(JsonNode upload, String message) {
            ObjectNode row = rejectedRows.addObject();
            row.put("message", message);
            ArrayNode rowData = row.putArray("rowData");
            if (upload.isObject()) {
                for (String field : List.of("leadPhone", "firstName", "lastName", "externId")) {
                    rowData.add(upload.path(field).asText(""));
                }
            } else {
                rowData.add(upload.toString());
            }
        }

        ObjectNode toJson(String listState, String timeZoneOption) {
            ObjectNode json = Json.object();
            json.put("leadsSupplied", leadsSupplied);
            json.put("leadsAccepted", leadsAccepted);
            json.put("leadsInserted", leadsInserted);
            json.put("leadsConverted", 0);
            json.put("deletedCount", deletedCount);
            json.put("hasDeletedLeads", deletedCount > 0);
            json.put("dncReturnedCount", 0);
            json.put("dncUploadCount", 0);
            json.put("internalDncCount", 0);
            json.put("whitelistCount", 0);
            json.put("quotaCount", 0);
            json.put("failedAgentAssignment", failedAgentAssignment);
            json.put("listState", listState.equals("ARCHIVED") ? "ACTIVE" : listState);
            json.put("timeZoneOption", timeZoneOption.equals("COUNTRY") ? "NOT_APPLICABLE" : timeZoneOption);
            json.putNull("uploadFileName");
            json.set("rejectedRows", rejectedRows);
            boolean loaded = leadsInserted > 0;
            json.put("processingStatus", loaded || leadsAccepted > 0 ? "DEFAULT_NOT_A_FAILURE"
                    : "NO_LEADS_PASSED_VALIDATION");
            json.put("processingResult", loaded ? "SUCCESS" : "FAILURE");
            json.put("message", leadsInserted + " of " + leadsSupplied + " leads inserted");
            return json;
        }
    }

    private static String enumValue(ObjectNode body, String name, Set<String> allowed, String fallback) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isTextual() || !allowed.contains(value.asText())) {
            throw ApiException.invalidField(name, "must be one of " + allowed.stream().sorted().toList(),
                    value.asText());
        }
        return value.asText();
    }
}
