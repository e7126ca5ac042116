package io.quarkiverse.engagevoice.client.model.reporting;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;

/**
 * One visual IVR application now: callers in it and today's counts of calls entering, connecting and leaving it.
 * <p>
 * No operation of the official OpenAPI files answers with it: the fields are those the developer guide's real-time
 * pages give, with those of an unreferenced schema of the files, named below (the guide says {@code subaccountId},
 * the schema {@code accountId}: both are typed). Properties not declared here are kept. Daily counters reset at midnight in the account's time zone.
 * <p>
 * schema: IvrStats
 */
public class RealTimeIvrStats extends ApiObject {

    private Integer visualIvrId;
    private Integer ivrGroupId;
    private String subaccountId;
    private String accountId;
    private Boolean selectable;
    private String visualIvrName;
    private String ivrGroupName;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime lastUpdate;
    private Integer active;
    private Integer presented;
    private Integer connected;
    private Integer transferGate;
    private Integer transferCloud;
    private Integer transferTrac;

    public RealTimeIvrStats() {
    }

    public Integer getVisualIvrId() {
        return visualIvrId;
    }

    public void setVisualIvrId(Integer visualIvrId) {
        this.visualIvrId = visualIvrId;
    }

    public Integer getIvrGroupId() {
        return ivrGroupId;
    }

    public void setIvrGroupId(Integer ivrGroupId) {
        this.ivrGroupId = ivrGroupId;
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

    public String getVisualIvrName() {
        return visualIvrName;
    }

    public void setVisualIvrName(String visualIvrName) {
        this.visualIvrName = visualIvrName;
    }

    public String getIvrGroupName() {
        return ivrGroupName;
    }

    public void setIvrGroupName(String ivrGroupName) {
        this.ivrGroupName = ivrGroupName;
    }

    /** When the record last changed. */
    public OffsetDateTime getLastUpdate() {
        return lastUpdate;
    }

    public void setLastUpdate(OffsetDateTime lastUpdate) {
        this.lastUpdate = lastUpdate;
    }

    /** Callers in the IVR now. */
    public Integer getActive() {
        return active;
    }

    public void setActive(Integer active) {
        this.active = active;
    }

    /** Calls that entered today. */
    public Integer getPresented() {
        return presented;
    }

    public void setPresented(Integer presented) {
        this.presented = presented;
    }

    /** Calls that went through the flow and connected today. */
    public Integer getConnected() {
        return connected;
    }

    public void setConnected(Integer connected) {
        this.connected = connected;
    }

    /** Calls sent to an inbound queue today. */
    public Integer getTransferGate() {
        return transferGate;
    }

    public void setTransferGate(Integer transferGate) {
        this.transferGate = transferGate;
    }

    /** Calls sent to a cloud destination today. */
    public Integer getTransferCloud() {
        return transferCloud;
    }

    public void setTransferCloud(Integer transferCloud) {
        this.transferCloud = transferCloud;
    }

    /** Calls sent on through TRAC today. */
    public Integer getTransferTrac() {
        return transferTrac;
    }

    public void setTransferTrac(Integer transferTrac) {
        this.transferTrac = transferTrac;
    }
}
