package io.quarkiverse.engagevoice.client.model;

import java.util.List;

/** The body of a direct lead load (the API's {@code LeadListProcessingRequest}). Properties not declared here are kept. */
public class LeadLoadRequest extends ApiObject {

    private String description;
    private String dialPriority;
    private String duplicateHandling;
    private String listState;
    private String timeZoneOption;
    private List<CampaignLead> uploadLeads;

    public LeadLoadRequest() {
    }

    /** Loads {@code leads} as an active list, keeping duplicates, time zones from the phone numbers. */
    public static LeadLoadRequest of(String description, List<CampaignLead> leads) {
        LeadLoadRequest r = new LeadLoadRequest();
        r.setDescription(description);
        r.setListState("ACTIVE");
        r.setDuplicateHandling("RETAIN_ALL");
        r.setTimeZoneOption("NPA_NXX");
        r.setUploadLeads(leads);
        return r;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDialPriority() {
        return dialPriority;
    }

    public void setDialPriority(String dialPriority) {
        this.dialPriority = dialPriority;
    }

    public String getDuplicateHandling() {
        return duplicateHandling;
    }

    public void setDuplicateHandling(String duplicateHandling) {
        this.duplicateHandling = duplicateHandling;
    }

    public String getListState() {
        return listState;
    }

    public void setListState(String listState) {
        this.listState = listState;
    }

    public String getTimeZoneOption() {
        return timeZoneOption;
    }

    public void setTimeZoneOption(String timeZoneOption) {
        this.timeZoneOption = timeZoneOption;
    }

    public List<CampaignLead> getUploadLeads() {
        return uploadLeads;
    }

    public void setUploadLeads(List<CampaignLead> uploadLeads) {
        this.uploadLeads = uploadLeads;
    }

    @Override
    public String toString() {
        return "LeadLoadRequest[" + description + ", " + (uploadLeads == null ? 0 : uploadLeads.size()) + " leads]";
    }
}
