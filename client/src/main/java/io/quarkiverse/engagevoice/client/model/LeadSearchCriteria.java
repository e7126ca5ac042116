package io.quarkiverse.engagevoice.client.model;

import java.util.List;

/** What a lead search matches (the API's {@code CampaignLeadSearchCriteria}); null criteria are left out. Properties not declared here are kept. */
public class LeadSearchCriteria extends ApiObject {

    private List<Integer> campaignIds;
    private List<Integer> leadIds;
    private List<Integer> listIds;
    private List<String> externIds;
    private List<String> leadStates;
    private List<String> leadPhoneNumbers;
    private String leadPhoneNum;
    private String firstName;
    private String lastName;
    private String emailAddress;
    private String suppressed;

    /** Every lead of the given campaigns. */
    public static LeadSearchCriteria campaigns(Integer... campaignIds) {
        LeadSearchCriteria c = new LeadSearchCriteria();
        c.setCampaignIds(List.of(campaignIds));
        return c;
    }

    public List<Integer> getCampaignIds() {
        return campaignIds;
    }

    public void setCampaignIds(List<Integer> campaignIds) {
        this.campaignIds = campaignIds;
    }

    public List<Integer> getLeadIds() {
        return leadIds;
    }

    public void setLeadIds(List<Integer> leadIds) {
        this.leadIds = leadIds;
    }

    public List<Integer> getListIds() {
        return listIds;
    }

    public void setListIds(List<Integer> listIds) {
        this.listIds = listIds;
    }

    public List<String> getExternIds() {
        return externIds;
    }

    public void setExternIds(List<String> externIds) {
        this.externIds = externIds;
    }

    public List<String> getLeadStates() {
        return leadStates;
    }

    public void setLeadStates(List<String> leadStates) {
        this.leadStates = leadStates;
    }

    public List<String> getLeadPhoneNumbers() {
        return leadPhoneNumbers;
    }

    public void setLeadPhoneNumbers(List<String> leadPhoneNumbers) {
        this.leadPhoneNumbers = leadPhoneNumbers;
    }

    public String getLeadPhoneNum() {
        return leadPhoneNum;
    }

    public void setLeadPhoneNum(String leadPhoneNum) {
        this.leadPhoneNum = leadPhoneNum;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmailAddress() {
        return emailAddress;
    }

    public void setEmailAddress(String emailAddress) {
        this.emailAddress = emailAddress;
    }

    public String getSuppressed() {
        return suppressed;
    }

    public void setSuppressed(String suppressed) {
        this.suppressed = suppressed;
    }

    @Override
    public String toString() {
        return "LeadSearchCriteria[campaignIds=" + campaignIds + "]";
    }
}
