package io.quarkiverse.engagevoice.client.model;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * A queue (the API's gate) of a queue group. Properties not declared here are kept, among them {@code gateGroup}, which
 * the servers send as {@code {"id", "description"}} although the OpenAPI file declares a whole queue group, and
 * the nested objects ({@code afterCallState}, {@code script}, {@code survey}, the SOAP services...).
 */
public class Gate extends WeeklySchedule {

    private Integer gateId;
    private String gateName;
    private String gateDesc;
    private Boolean isActive;
    private Boolean gateOpen;
    private Integer gatePriority;
    private String billingCode;
    private String outboundCallerId;
    private String manualCallerId;
    private String transferCallerId;
    private Integer recordCall;
    private String requeueType;
    private Integer slaTime;
    private Integer shortAbandonTime;
    private Integer shortCallTime;
    private Integer longCallTime;
    private Integer wrapTime;
    private Integer acceptTime;
    private Integer dispositionTimeout;
    private Integer maxQueueLimit;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime createdOn;
    private List<String> permissions;

    public Gate() {
    }

    /** A queue with only a name: the body of a create, or of a rename. */
    public static Gate named(String gateName) {
        Gate g = new Gate();
        g.setGateName(gateName);
        return g;
    }

    public Integer getGateId() {
        return gateId;
    }

    public void setGateId(Integer gateId) {
        this.gateId = gateId;
    }

    public String getGateName() {
        return gateName;
    }

    public void setGateName(String gateName) {
        this.gateName = gateName;
    }

    public String getGateDesc() {
        return gateDesc;
    }

    public void setGateDesc(String gateDesc) {
        this.gateDesc = gateDesc;
    }

    public Boolean getIsActive() {
        return isActive;
    }

    public void setIsActive(Boolean isActive) {
        this.isActive = isActive;
    }

    public Boolean getGateOpen() {
        return gateOpen;
    }

    public void setGateOpen(Boolean gateOpen) {
        this.gateOpen = gateOpen;
    }

    public Integer getGatePriority() {
        return gatePriority;
    }

    public void setGatePriority(Integer gatePriority) {
        this.gatePriority = gatePriority;
    }

    public String getBillingCode() {
        return billingCode;
    }

    public void setBillingCode(String billingCode) {
        this.billingCode = billingCode;
    }

    public String getOutboundCallerId() {
        return outboundCallerId;
    }

    public void setOutboundCallerId(String outboundCallerId) {
        this.outboundCallerId = outboundCallerId;
    }

    public String getManualCallerId() {
        return manualCallerId;
    }

    public void setManualCallerId(String manualCallerId) {
        this.manualCallerId = manualCallerId;
    }

    public String getTransferCallerId() {
        return transferCallerId;
    }

    public void setTransferCallerId(String transferCallerId) {
        this.transferCallerId = transferCallerId;
    }

    /** {@code 1} to record calls, {@code 0} not to. */
    public Integer getRecordCall() {
        return recordCall;
    }

    public void setRecordCall(Integer recordCall) {
        this.recordCall = recordCall;
    }

    /** {@code ADVANCED} or {@code RESTRICTED}. */
    public String getRequeueType() {
        return requeueType;
    }

    public void setRequeueType(String requeueType) {
        this.requeueType = requeueType;
    }

    /** Seconds. */
    public Integer getSlaTime() {
        return slaTime;
    }

    public void setSlaTime(Integer slaTime) {
        this.slaTime = slaTime;
    }

    /** Seconds. */
    public Integer getShortAbandonTime() {
        return shortAbandonTime;
    }

    public void setShortAbandonTime(Integer shortAbandonTime) {
        this.shortAbandonTime = shortAbandonTime;
    }

    /** Seconds. */
    public Integer getShortCallTime() {
        return shortCallTime;
    }

    public void setShortCallTime(Integer shortCallTime) {
        this.shortCallTime = shortCallTime;
    }

    /** Seconds. */
    public Integer getLongCallTime() {
        return longCallTime;
    }

    public void setLongCallTime(Integer longCallTime) {
        this.longCallTime = longCallTime;
    }

    /** Seconds. */
    public Integer getWrapTime() {
        return wrapTime;
    }

    public void setWrapTime(Integer wrapTime) {
        this.wrapTime = wrapTime;
    }

    /** Seconds. The OpenAPI file types it as a base64 string ({@code format: byte}); servers send a number. */
    public Integer getAcceptTime() {
        return acceptTime;
    }

    public void setAcceptTime(Integer acceptTime) {
        this.acceptTime = acceptTime;
    }

    /** Seconds. */
    public Integer getDispositionTimeout() {
        return dispositionTimeout;
    }

    public void setDispositionTimeout(Integer dispositionTimeout) {
        this.dispositionTimeout = dispositionTimeout;
    }

    /** {@code -1} for no limit. */
    public Integer getMaxQueueLimit() {
        return maxQueueLimit;
    }

    public void setMaxQueueLimit(Integer maxQueueLimit) {
        this.maxQueueLimit = maxQueueLimit;
    }

    public OffsetDateTime getCreatedOn() {
        return createdOn;
    }

    public void setCreatedOn(OffsetDateTime createdOn) {
        this.createdOn = createdOn;
    }

    public List<String> getPermissions() {
        return permissions;
    }

    public void setPermissions(List<String> permissions) {
        this.permissions = permissions;
    }

    @Override
    public String toString() {
        return "Gate[" + gateId + ", " + gateName + "]";
    }
}
