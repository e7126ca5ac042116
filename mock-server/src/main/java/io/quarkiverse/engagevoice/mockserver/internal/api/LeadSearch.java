package io.quarkiverse.engagevoice.mockserver.internal.api;

import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.data.ContactCentre;
import io.quarkiverse.engagevoice.mockserver.internal.data.LeadStore;
import io.quarkiverse.engagevoice.mockserver.internal.data.Table;
import io.quarkiverse.engagevoice.mockserver.internal.json.Json;
import io.quarkiverse.engagevoice.mockserver.internal.json.WireDates;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiResponse;
import io.quarkiverse.engagevoice.mockserver.internal.routing.Endpoint;

/**
 * {@code POST .../campaignLeads/leadSearch}: the matching leads as {@code CampaignLeadSearchResultsView}, or their
 * count.
 */
public final class LeadSearch {

    private final Supplier<ContactCentre> data;

    public LeadSearch(Supplier<ContactCentre> data) {
        this.data = data;
    }

    /** Lead search: a page of {@code CampaignLeadSearchResultsView}, or with {@code count=true} their number. */
    public Endpoint endpoint() {
        return request -> {
            ContactCentre centre = data.get();
            String accountId = AccountGuard.accessibleAccount(request, centre);
            LeadCriteria criteria = LeadCriteria.from(request.jsonBody());
            boolean count = request.boolQueryParam("count", false);
            Paging paging = Paging.of(request);
            List<LeadStore.Lead> found = matching(centre, accountId, criteria);
            if (count) {
                return ApiResponse.ok(IntNode.valueOf(found.size()));
            }
            ArrayNode result = Json.array();
            paging.apply(found).forEach(lead -> result.add(searchView(centre, accountId, lead)));
            return ApiResponse.ok(result);
        };
    }

    /** The leads of the account's campaigns that match the criteria, in id order. */
    static List<LeadStore.Lead> matching(ContactCentre centre, String accountId, LeadCriteria criteria) {
        return centre.leads.all().stream()
                .filter(lead -> centre.campaigns.find(accountId, lead.campaignId()).isPresent())
                .filter(criteria::matches)
                .toList();
    }

    private static ObjectNode searchView(ContactCentre centre, String accountId, LeadStore.Lead lead) {
        ObjectNode view = Json.object();
        JsonNode body = lead.body();
        view.put("leadId", lead.leadId());
        view.put("campaignId", lead.campaignId());
        Table.Row campaign = centre.campaigns.find(accountId, lead.campaignId()).orElseThrow();
        view.set("campaignName", campaign.body().get("campaignName"));
        view.put("dialGroupId", campaign.parentId());
        view.put("listId", lead.listId());
        centre.leads.list(lead.listId()).ifPresent(list -> {
            view.put("listDesc", list.description());
            view.put("uploadDate", WireDates.format(list.uploadedAt()));
        });
        for (String field : List.of("externId", "firstName", "midName", "lastName", "suffix", "title", "leadPhone",
                "email", "address1", "address2", "city", "state", "zip", "auxData1", "auxData2", "auxData3",
                "auxData4", "auxData5", "leadState", "leadPasses", "leadTimezone", "loadedDts", "lastPassDts",
                "lastPassDisposition", "nextDialTime", "suppressed")) {
            view.set(field, body.get(field));
        }
        return view;
    }
}
