package io.quarkiverse.engagevoice.client.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * An agent of an agent group. Properties not declared here are kept. {@link #toString()} leaves out the password
 * fields.
 */
public class Agent extends ApiObject {

    private Integer agentId;
    private Integer agentGroupId;
    private String username;
    private String password;
    private String firstName;
    private String lastName;
    private String email;
    private String agentType;
    private Boolean isActive;
    private Integer agentRank;
    private String externalAgentId;
    private Long rcUserId;
    private Boolean allowInbound;
    private Boolean allowOutbound;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime createdOn;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime lastLoginDate;

    public Integer getAgentId() {
        return agentId;
    }

    public void setAgentId(Integer agentId) {
        this.agentId = agentId;
    }

    public Integer getAgentGroupId() {
        return agentGroupId;
    }

    public void setAgentGroupId(Integer agentGroupId) {
        this.agentGroupId = agentGroupId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    /** The agent's login password: sent on create or change, never shown by {@link #toString()}. */
    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAgentType() {
        return agentType;
    }

    public void setAgentType(String agentType) {
        this.agentType = agentType;
    }

    public Boolean getIsActive() {
        return isActive;
    }

    public void setIsActive(Boolean isActive) {
        this.isActive = isActive;
    }

    public Integer getAgentRank() {
        return agentRank;
    }

    public void setAgentRank(Integer agentRank) {
        this.agentRank = agentRank;
    }

    public String getExternalAgentId() {
        return externalAgentId;
    }

    public void setExternalAgentId(String externalAgentId) {
        this.externalAgentId = externalAgentId;
    }

    public Long getRcUserId() {
        return rcUserId;
    }

    public void setRcUserId(Long rcUserId) {
        this.rcUserId = rcUserId;
    }

    public Boolean getAllowInbound() {
        return allowInbound;
    }

    public void setAllowInbound(Boolean allowInbound) {
        this.allowInbound = allowInbound;
    }

    public Boolean getAllowOutbound() {
        return allowOutbound;
    }

    public void setAllowOutbound(Boolean allowOutbound) {
        this.allowOutbound = allowOutbound;
    }

    public OffsetDateTime getCreatedOn() {
        return createdOn;
    }

    public void setCreatedOn(OffsetDateTime createdOn) {
        this.createdOn = createdOn;
    }

    public OffsetDateTime getLastLoginDate() {
        return lastLoginDate;
    }

    public void setLastLoginDate(OffsetDateTime lastLoginDate) {
        this.lastLoginDate = lastLoginDate;
    }

    @Override
    public String toString() {
        return "Agent[" + agentId + ", " + username + "]";
    }
}
