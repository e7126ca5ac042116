package io.quarkiverse.engagevoice.mockserver.internal.data;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Campaign leads and the lists they were loaded with. */
public final class LeadStore {

    /** A lead; {@code body} has the {@code CampaignLead} shape. */
    public record Lead(int leadId, int campaignId, int listId, ObjectNode body) {
    }

    /** One load of leads into a campaign. */
    public record LeadList(int listId, int campaignId, String description, Instant uploadedAt) {
    }

    private final Map<Integer, Lead> leads = new LinkedHashMap<>();
    private final Map<Integer, LeadList> lists = new LinkedHashMap<>();
    private final AtomicInteger nextLeadId;
    private final AtomicInteger nextListId;

    public LeadStore(int firstGeneratedLeadId, int firstGeneratedListId) {
        this.nextLeadId = new AtomicInteger(firstGeneratedLeadId);
        this.nextListId = new AtomicInteger(firstGeneratedListId);
    }

    public LeadList newList(int campaignId, String description, Instant uploadedAt) {
        return addList(nextListId.getAndIncrement(), campaignId, description, uploadedAt);
    }

    public LeadList addList(int listId, int campaignId, String description, Instant uploadedAt) {
        LeadList list = new LeadList(listId, campaignId, description, uploadedAt);
        lists.put(listId, list);
        return list;
    }

    public Lead add(int campaignId, int listId, ObjectNode body) {
        return add(nextLeadId.getAndIncrement(), campaignId, listId, body);
    }

    public Lead add(int leadId, int campaignId, int listId, ObjectNode body) {
        body.put("leadId", leadId);
        Lead lead = new Lead(leadId, campaignId, listId, body);
        leads.put(leadId, lead);
        return lead;
    }

    public List<Lead> all() {
        return new ArrayList<>(leads.values());
    }

    public List<Lead> inCampaign(int campaignId) {
        return leads.values().stream().filter(lead -> lead.campaignId() == campaignId).toList();
    }

    public List<LeadList> listsOf(int campaignId) {
        return lists.values().stream().filter(list -> list.campaignId() == campaignId).toList();
    }

    public Optional<LeadList> list(int listId) {
        return Optional.ofNullable(lists.get(listId));
    }

    public void delete(int leadId) {
        leads.remove(leadId);
    }

    public void deleteCampaign(int campaignId) {
        leads.values().removeIf(lead -> lead.campaignId() == campaignId);
        lists.values().removeIf(list -> list.campaignId() == campaignId);
    }
}
