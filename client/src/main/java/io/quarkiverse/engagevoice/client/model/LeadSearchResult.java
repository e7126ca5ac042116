package io.quarkiverse.engagevoice.client.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/** One lead found by a search (the API's {@code CampaignLeadSearchResultsView}). Properties not declared here are kept. */
public class LeadSearchResult extends ApiObject {

    private Integer leadId;
    private Integer campaignId;
    private String campaignName;
    private Integer dialGroupId;
    private Integer listId;
    private String listDesc;
    private String externId;
    private String firstName;
    private String lastName;
    private String leadPhone;
    private String email;
    private String leadState;
    private Integer leadPasses;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime loadedDts;

    public Integer getLeadId() {
        return leadId;
    }

    public void setLeadId(Integer leadId) {
        this.leadId = leadId;
    }

    public Integer getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Integer campaignId) {
        this.campaignId = campaignId;
    }

    public String getCampaignName() {
        return campaignName;
    }

    public void setCampaignName(String campaignName) {
        this.campaignName = campaignName;
    }

    public Integer getDialGroupId() {
        return dialGroupId;
    }

    public void setDialGroupId(Integer dialGroupId) {
        this.dialGroupId = dialGroupId;
    }

    public Integer getListId() {
        return listId;
    }

    public void setListId(Integer listId) {
        this.listId = listId;
    }

    public String getListDesc() {
        return listDesc;
    }

    public void setListDesc(String listDesc) {
        this.listDesc = listDesc;
    }

    public String getExternId() {
        return externId;
    }

    public void setExternId(String externId) {
        this.externId = externId;
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

    public String getLeadPhone() {
        return leadPhone;
    }

    public void setLeadPhone(String leadPhone) {
        this.leadPhone = leadPhone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLeadState() {
        return leadState;
    }

    public void setLeadState(String leadState) {
        this.leadState = leadState;
    }

    public Integer getLeadPasses() {
        return leadPasses;
    }

    public void setLeadPasses(Integer leadPasses) {
        this.leadPasses = leadPasses;
    }

    public OffsetDateTime getLoadedDts() {
        return loadedDts;
    }

    public void setLoadedDts(OffsetDateTime loadedDts) {
        this.loadedDts = loadedDts;
    }

    @Override
    public String toString() {
        return "LeadSearchResult[" + leadId + ", " + externId + ", " + leadState + "]";
    }
}
