package io.quarkiverse.engagevoice.client.model.reporting;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;

/**
 * One inbound queue (gate) now: calls waiting and talking, staffing, and today's counters.
 * <p>
 * No operation of the official OpenAPI files answers with it: the fields are those the developer guide's real-time
 * pages give, with those of an unreferenced schema of the files, named below (the guide says {@code subaccountId},
 * the schema {@code accountId}: both are typed). Properties not declared here are kept. Daily counters reset at midnight in the account's time zone; times are in seconds.
 * <p>
 * schema: AcdStats
 */
public class RealTimeInboundStats extends ApiObject {

    private Integer gateId;
    private Integer gateGroupId;
    private String subaccountId;
    private String accountId;
    private Boolean selectable;
    private String gateName;
    private String groupName;
    private String schedule;
    private String scheduleOverride;
    private String state;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime lastUpdate;
    private Integer active;
    private Integer inQueue;
    private Integer routing;
    private Integer longestInQueue;
    private Integer staffed;
    private Integer available;
    private Integer presented;
    private Integer accepted;
    private Integer abandoned;
    private Integer deflected;
    private Integer shortAbandon;
    private Integer slaPass;
    private Integer slaFail;
    private Integer shortCall;
    private Integer longCall;
    private Integer successDispositions;
    private Long totalQueueTime;
    private Long totalAnswerTime;
    private Long totalTalkTime;
    private Long totalAbandonTime;

    public RealTimeInboundStats() {
    }

    public Integer getGateId() {
        return gateId;
    }

    public void setGateId(Integer gateId) {
        this.gateId = gateId;
    }

    public Integer getGateGroupId() {
        return gateGroupId;
    }

    public void setGateGroupId(Integer gateGroupId) {
        this.gateGroupId = gateGroupId;
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

    public String getGateName() {
        return gateName;
    }

    public void setGateName(String gateName) {
        this.gateName = gateName;
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }

    /** The name of the schedule in force. */
    public String getSchedule() {
        return schedule;
    }

    public void setSchedule(String schedule) {
        this.schedule = schedule;
    }

    /** The schedule override in force, if any. */
    public String getScheduleOverride() {
        return scheduleOverride;
    }

    public void setScheduleOverride(String scheduleOverride) {
        this.scheduleOverride = scheduleOverride;
    }

    /** Whether the queue is open, closed or overridden (in the guide, not in the schema). */
    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    /** When the record last changed. */
    public OffsetDateTime getLastUpdate() {
        return lastUpdate;
    }

    public void setLastUpdate(OffsetDateTime lastUpdate) {
        this.lastUpdate = lastUpdate;
    }

    /** Calls talking to an agent. */
    public Integer getActive() {
        return active;
    }

    public void setActive(Integer active) {
        this.active = active;
    }

    /** Calls waiting. */
    public Integer getInQueue() {
        return inQueue;
    }

    public void setInQueue(Integer inQueue) {
        this.inQueue = inQueue;
    }

    /** Calls ringing an agent. */
    public Integer getRouting() {
        return routing;
    }

    public void setRouting(Integer routing) {
        this.routing = routing;
    }

    /** Seconds the longest-waiting call has waited. */
    public Integer getLongestInQueue() {
        return longestInQueue;
    }

    public void setLongestInQueue(Integer longestInQueue) {
        this.longestInQueue = longestInQueue;
    }

    /** Agents logged in on the queue. */
    public Integer getStaffed() {
        return staffed;
    }

    public void setStaffed(Integer staffed) {
        this.staffed = staffed;
    }

    /** Agents available for the queue. */
    public Integer getAvailable() {
        return available;
    }

    public void setAvailable(Integer available) {
        this.available = available;
    }

    public Integer getPresented() {
        return presented;
    }

    public void setPresented(Integer presented) {
        this.presented = presented;
    }

    public Integer getAccepted() {
        return accepted;
    }

    public void setAccepted(Integer accepted) {
        this.accepted = accepted;
    }

    public Integer getAbandoned() {
        return abandoned;
    }

    public void setAbandoned(Integer abandoned) {
        this.abandoned = abandoned;
    }

    public Integer getDeflected() {
        return deflected;
    }

    public void setDeflected(Integer deflected) {
        this.deflected = deflected;
    }

    /** Abandons within the short-abandon threshold. */
    public Integer getShortAbandon() {
        return shortAbandon;
    }

    public void setShortAbandon(Integer shortAbandon) {
        this.shortAbandon = shortAbandon;
    }

    /** Calls answered within the SLA. */
    public Integer getSlaPass() {
        return slaPass;
    }

    public void setSlaPass(Integer slaPass) {
        this.slaPass = slaPass;
    }

    /** Calls answered outside the SLA. */
    public Integer getSlaFail() {
        return slaFail;
    }

    public void setSlaFail(Integer slaFail) {
        this.slaFail = slaFail;
    }

    public Integer getShortCall() {
        return shortCall;
    }

    public void setShortCall(Integer shortCall) {
        this.shortCall = shortCall;
    }

    public Integer getLongCall() {
        return longCall;
    }

    public void setLongCall(Integer longCall) {
        this.longCall = longCall;
    }

    public Integer getSuccessDispositions() {
        return successDispositions;
    }

    public void setSuccessDispositions(Integer successDispositions) {
        this.successDispositions = successDispositions;
    }

    public Long getTotalQueueTime() {
        return totalQueueTime;
    }

    public void setTotalQueueTime(Long totalQueueTime) {
        this.totalQueueTime = totalQueueTime;
    }

    public Long getTotalAnswerTime() {
        return totalAnswerTime;
    }

    public void setTotalAnswerTime(Long totalAnswerTime) {
        this.totalAnswerTime = totalAnswerTime;
    }

    public Long getTotalTalkTime() {
        return totalTalkTime;
    }

    public void setTotalTalkTime(Long totalTalkTime) {
        this.totalTalkTime = totalTalkTime;
    }

    public Long getTotalAbandonTime() {
        return totalAbandonTime;
    }

    public void setTotalAbandonTime(Long totalAbandonTime) {
        this.totalAbandonTime = totalAbandonTime;
    }
}
