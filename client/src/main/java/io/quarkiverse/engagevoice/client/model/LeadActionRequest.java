package io.quarkiverse.engagevoice.client.model;

import java.util.Map;

/**
 * The body of a lead action (the API's {@code LeadManagerRequest}): which leads, and the action's parameters if it
 * takes any. Properties not declared here are kept.
 */
public class LeadActionRequest extends ApiObject {

    private LeadSearchCriteria campaignLeadSearchCriteria;
    private LeadActionParams leadActionParams;

    public LeadActionRequest() {
    }

    /** The action applies to the leads matching {@code criteria}. */
    public static LeadActionRequest matching(LeadSearchCriteria criteria) {
        LeadActionRequest r = new LeadActionRequest();
        r.setCampaignLeadSearchCriteria(criteria);
        return r;
    }

    /** The same request with the action parameters {@code paramMap}. */
    public LeadActionRequest withParams(Map<String, Object> paramMap) {
        setLeadActionParams(LeadActionParams.of(paramMap));
        return this;
    }

    public LeadSearchCriteria getCampaignLeadSearchCriteria() {
        return campaignLeadSearchCriteria;
    }

    public void setCampaignLeadSearchCriteria(LeadSearchCriteria campaignLeadSearchCriteria) {
        this.campaignLeadSearchCriteria = campaignLeadSearchCriteria;
    }

    public LeadActionParams getLeadActionParams() {
        return leadActionParams;
    }

    public void setLeadActionParams(LeadActionParams leadActionParams) {
        this.leadActionParams = leadActionParams;
    }

    @Override
    public String toString() {
        return "LeadActionRequest[" + campaignLeadSearchCriteria + "]";
    }
}
