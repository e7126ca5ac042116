package io.quarkiverse.engagevoice.client.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * A call in progress (the API's {@code ActiveCallListResponse}). Properties not declared here are kept.
 * {@link #toString()} leaves out the phone numbers and the caller's name.
 */
public class ActiveCall extends ApiObject {

    private String uii;
    private String accountId;
    private String callState;
    private String ani;
    private String dnis;
    private String dnisE164;
    private String cnam;
    private String destinationName;
    private String agentFirstName;
    private String agentLastName;
    private String externalId;
    private Boolean archive;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime enqueueTime;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime dequeueTime;

    public ActiveCall() {
    }

    /** The call's unique id, used by the call-control operations. */
    public String getUii() {
        return uii;
    }

    public void setUii(String uii) {
        this.uii = uii;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public String getCallState() {
        return callState;
    }

    public void setCallState(String callState) {
        this.callState = callState;
    }

    /** The caller's number. */
    public String getAni() {
        return ani;
    }

    public void setAni(String ani) {
        this.ani = ani;
    }

    /** The number called. */
    public String getDnis() {
        return dnis;
    }

    public void setDnis(String dnis) {
        this.dnis = dnis;
    }

    public String getDnisE164() {
        return dnisE164;
    }

    public void setDnisE164(String dnisE164) {
        this.dnisE164 = dnisE164;
    }

    /** The caller's name, as the network gave it. */
    public String getCnam() {
        return cnam;
    }

    public void setCnam(String cnam) {
        this.cnam = cnam;
    }

    /** The queue or campaign of the call. */
    public String getDestinationName() {
        return destinationName;
    }

    public void setDestinationName(String destinationName) {
        this.destinationName = destinationName;
    }

    public String getAgentFirstName() {
        return agentFirstName;
    }

    public void setAgentFirstName(String agentFirstName) {
        this.agentFirstName = agentFirstName;
    }

    public String getAgentLastName() {
        return agentLastName;
    }

    public void setAgentLastName(String agentLastName) {
        this.agentLastName = agentLastName;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public Boolean getArchive() {
        return archive;
    }

    public void setArchive(Boolean archive) {
        this.archive = archive;
    }

    public OffsetDateTime getEnqueueTime() {
        return enqueueTime;
    }

    public void setEnqueueTime(OffsetDateTime enqueueTime) {
        this.enqueueTime = enqueueTime;
    }

    public OffsetDateTime getDequeueTime() {
        return dequeueTime;
    }

    public void setDequeueTime(OffsetDateTime dequeueTime) {
        this.dequeueTime = dequeueTime;
    }

    @Override
    public String toString() {
        return "ActiveCall[" + uii + ", " + destinationName + ", " + callState + "]";
    }
}
