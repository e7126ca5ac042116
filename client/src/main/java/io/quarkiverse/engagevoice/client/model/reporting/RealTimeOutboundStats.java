package io.quarkiverse.engagevoice.client.model.reporting;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;

/**
 * One outbound campaign now: calls in progress, leads by state, staffing, and today's dial outcomes.
 * <p>
 * No operation of the official OpenAPI files answers with it: the fields are those the developer guide's real-time
 * pages give, with those of an unreferenced schema of the files, named below (the guide says {@code subaccountId},
 * the schema {@code accountId}: both are typed). Properties not declared here are kept. Daily outcomes reset at midnight in the account's time zone.
 * <p>
 * schema: OutboundStats
 */
public class RealTimeOutboundStats extends ApiObject {

    private Integer campaignId;
    private String campaignName;
    private String subaccountId;
    private String accountId;
    private Boolean selectable;
    private Integer dialGroupId;
    private String dialGroupName;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime lastUpdate;
    private Integer active;
    private Integer ready;
    private Integer pending;
    private Integer complete;
    private Integer other;
    private Integer staffed;
    private Integer available;
    private Integer connects;
    private Integer answer;
    private Integer noanswer;
    private Integer machine;
    private Integer busy;
    private Integer intercept;
    private Integer fax;
    private Integer abandon;
    private Integer dnc;
    private Integer notHumanAnswers;
    private Integer successDispositions;
    private Long totalTalkTime;

    public RealTimeOutboundStats() {
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

    /** The sub-account, as the guide names it. */
    public String getSubaccountId() {
        return subaccountId;
    }

    public void setSubaccountId(String subaccountId) {
        this.subaccountId = subaccountId;
    }

    /** The sub-account, as the files' schema names it. */
    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public Boolean getSelectable() {
        return selectable;
    }

    public void setSelectable(Boolean selectable) {
        this.selectable = selectable;
    }

    public Integer getDialGroupId() {
        return dialGroupId;
    }

    public void setDialGroupId(Integer dialGroupId) {
        this.dialGroupId = dialGroupId;
    }

    public String getDialGroupName() {
        return dialGroupName;
    }

    public void setDialGroupName(String dialGroupName) {
        this.dialGroupName = dialGroupName;
    }

    /** When the record last changed. */
    public OffsetDateTime getLastUpdate() {
        return lastUpdate;
    }

    public void setLastUpdate(OffsetDateTime lastUpdate) {
        this.lastUpdate = lastUpdate;
    }

    /** Calls in progress. */
    public Integer getActive() {
        return active;
    }

    public void setActive(Integer active) {
        this.active = active;
    }

    /** Leads ready to dial. */
    public Integer getReady() {
        return ready;
    }

    public void setReady(Integer ready) {
        this.ready = ready;
    }

    /** Leads staged for dialing. */
    public Integer getPending() {
        return pending;
    }

    public void setPending(Integer pending) {
        this.pending = pending;
    }

    /** Leads completed today. */
    public Integer getComplete() {
        return complete;
    }

    public void setComplete(Integer complete) {
        this.complete = complete;
    }

    /** Leads in other states. */
    public Integer getOther() {
        return other;
    }

    public void setOther(Integer other) {
        this.other = other;
    }

    /** Agents logged in on the campaign. */
    public Integer getStaffed() {
        return staffed;
    }

    public void setStaffed(Integer staffed) {
        this.staffed = staffed;
    }

    /** Agents available for the campaign. */
    public Integer getAvailable() {
        return available;
    }

    public void setAvailable(Integer available) {
        this.available = available;
    }

    /** Answered calls today, whatever answered. */
    public Integer getConnects() {
        return connects;
    }

    public void setConnects(Integer connects) {
        this.connects = connects;
    }

    /** Calls a person answered today. */
    public Integer getAnswer() {
        return answer;
    }

    public void setAnswer(Integer answer) {
        this.answer = answer;
    }

    public Integer getNoanswer() {
        return noanswer;
    }

    public void setNoanswer(Integer noanswer) {
        this.noanswer = noanswer;
    }

    /** Answering machines detected today. */
    public Integer getMachine() {
        return machine;
    }

    public void setMachine(Integer machine) {
        this.machine = machine;
    }

    public Integer getBusy() {
        return busy;
    }

    public void setBusy(Integer busy) {
        this.busy = busy;
    }

    /** Special information tones (number not in service) today. */
    public Integer getIntercept() {
        return intercept;
    }

    public void setIntercept(Integer intercept) {
        this.intercept = intercept;
    }

    public Integer getFax() {
        return fax;
    }

    public void setFax(Integer fax) {
        this.fax = fax;
    }

    /** Connected calls no agent was free for today. */
    public Integer getAbandon() {
        return abandon;
    }

    public void setAbandon(Integer abandon) {
        this.abandon = abandon;
    }

    /** Do-not-call hits today. */
    public Integer getDnc() {
        return dnc;
    }

    public void setDnc(Integer dnc) {
        this.dnc = dnc;
    }

    /** Machines, faxes and intercepts today. */
    public Integer getNotHumanAnswers() {
        return notHumanAnswers;
    }

    public void setNotHumanAnswers(Integer notHumanAnswers) {
        this.notHumanAnswers = notHumanAnswers;
    }

    public Integer getSuccessDispositions() {
        return successDispositions;
    }

    public void setSuccessDispositions(Integer successDispositions) {
        this.successDispositions = successDispositions;
    }

    /** Seconds of talk today. */
    public Long getTotalTalkTime() {
        return totalTalkTime;
    }

    public void setTotalTalkTime(Long totalTalkTime) {
        this.totalTalkTime = totalTalkTime;
    }
}
