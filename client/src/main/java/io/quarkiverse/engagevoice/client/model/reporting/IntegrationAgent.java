package io.quarkiverse.engagevoice.client.model.reporting;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * An agent as the integration API lists it (read only), with the RingCentral user behind it and the supervision
 * links. Properties not declared here are kept. {@link #toString()} leaves out names and e-mail addresses.
 */
public class IntegrationAgent extends ApiObject {

    private Long rcUserId;
    private Integer agentId;
    private Integer agentGroupId;
    private String firstName;
    private String lastName;
    private String engageUserName;
    private String userName;
    private String email;
    private String agentType;
    @JsonProperty("isActive")
    private Boolean active;
    private List<Integer> supervisorAgentIds;
    private List<Integer> superviseeAgentIds;
    @JsonProperty("envID")
    private String envId;

    public IntegrationAgent() {
    }

    /** The RingCentral user id. */
    public Long getRcUserId() {
        return rcUserId;
    }

    public void setRcUserId(Long rcUserId) {
        this.rcUserId = rcUserId;
    }

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

    public String getEngageUserName() {
        return engageUserName;
    }

    public void setEngageUserName(String engageUserName) {
        this.engageUserName = engageUserName;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** {@code AGENT}, {@code SUPERVISOR}, ... */
    public String getAgentType() {
        return agentType;
    }

    public void setAgentType(String agentType) {
        this.agentType = agentType;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    /** The agents who supervise this one. */
    public List<Integer> getSupervisorAgentIds() {
        return supervisorAgentIds;
    }

    public void setSupervisorAgentIds(List<Integer> supervisorAgentIds) {
        this.supervisorAgentIds = supervisorAgentIds;
    }

    /** The agents this one supervises. */
    public List<Integer> getSuperviseeAgentIds() {
        return superviseeAgentIds;
    }

    public void setSuperviseeAgentIds(List<Integer> superviseeAgentIds) {
        this.superviseeAgentIds = superviseeAgentIds;
    }

    /** The environment ({@code eo1}, ...). */
    public String getEnvId() {
        return envId;
    }

    public void setEnvId(String envId) {
        this.envId = envId;
    }

    @Override
    public String toString() {
        return "IntegrationAgent[" + agentId + ", group " + agentGroupId + ", " + agentType + "]";
    }
}
