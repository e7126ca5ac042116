package io.quarkiverse.engagevoice.client.model.reporting;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;

/**
 * One chat queue now: chats waiting and active, staffing, and today's counters.
 * <p>
 * No operation of the official OpenAPI files answers with it: the fields are those the developer guide's real-time
 * pages give, with those of an unreferenced schema of the files, named below (the guide says {@code subaccountId},
 * the schema {@code accountId}: both are typed). Properties not declared here are kept. Daily counters reset at midnight in the account's time zone; times are in seconds.
 * <p>
 * schema: ChatStats
 */
public class RealTimeChatStats extends ApiObject {

    private Integer chatQueueId;
    private Integer chatQueueGroupId;
    private String subaccountId;
    private String accountId;
    private Boolean selectable;
    private String chatQueueName;
    private String chatQueueGroupName;
    private String schedule;
    private String scheduleOverride;
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
    private Long totalQueueTime;
    private Long totalAnswerTime;
    private Long totalChatTime;
    private Long totalAbandonTime;

    public RealTimeChatStats() {
    }

    public Integer getChatQueueId() {
        return chatQueueId;
    }

    public void setChatQueueId(Integer chatQueueId) {
        this.chatQueueId = chatQueueId;
    }

    public Integer getChatQueueGroupId() {
        return chatQueueGroupId;
    }

    public void setChatQueueGroupId(Integer chatQueueGroupId) {
        this.chatQueueGroupId = chatQueueGroupId;
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

    public String getChatQueueName() {
        return chatQueueName;
    }

    public void setChatQueueName(String chatQueueName) {
        this.chatQueueName = chatQueueName;
    }

    public String getChatQueueGroupName() {
        return chatQueueGroupName;
    }

    public void setChatQueueGroupName(String chatQueueGroupName) {
        this.chatQueueGroupName = chatQueueGroupName;
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

    /** When the record last changed. */
    public OffsetDateTime getLastUpdate() {
        return lastUpdate;
    }

    public void setLastUpdate(OffsetDateTime lastUpdate) {
        this.lastUpdate = lastUpdate;
    }

    /** Chats in session with an agent. */
    public Integer getActive() {
        return active;
    }

    public void setActive(Integer active) {
        this.active = active;
    }

    /** Chats waiting. */
    public Integer getInQueue() {
        return inQueue;
    }

    public void setInQueue(Integer inQueue) {
        this.inQueue = inQueue;
    }

    /** Chats being routed. */
    public Integer getRouting() {
        return routing;
    }

    public void setRouting(Integer routing) {
        this.routing = routing;
    }

    /** Seconds the longest-waiting chat has waited. */
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

    public Long getTotalChatTime() {
        return totalChatTime;
    }

    public void setTotalChatTime(Long totalChatTime) {
        this.totalChatTime = totalChatTime;
    }

    public Long getTotalAbandonTime() {
        return totalAbandonTime;
    }

    public void setTotalAbandonTime(Long totalAbandonTime) {
        this.totalAbandonTime = totalAbandonTime;
    }
}
