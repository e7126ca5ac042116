package io.quarkiverse.engagevoice.client.model.queues;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/** An agent logged in to a queue (the API's {@code GatesLoggedInAgentsView}). Properties not declared here are kept. */
public class GateLoggedInAgent extends ApiObject {

    private Integer agentId;
    private Integer agentGroupId;
    private String groupName;
    private String username;
    private String firstName;
    private String lastName;

    public GateLoggedInAgent() {
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

    /** The name of the agent group. */
    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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

    @Override
    public String toString() {
        return "GateLoggedInAgent[" + agentId + ", " + username + "]";
    }
}
