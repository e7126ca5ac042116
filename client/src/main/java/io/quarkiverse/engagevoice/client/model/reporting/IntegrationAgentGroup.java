package io.quarkiverse.engagevoice.client.model.reporting;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/** An agent group as the integration API lists it: id and name only. */
public class IntegrationAgentGroup extends ApiObject {

    private Integer agentGroupId;
    private String groupName;

    public IntegrationAgentGroup() {
    }

    public Integer getAgentGroupId() {
        return agentGroupId;
    }

    public void setAgentGroupId(Integer agentGroupId) {
        this.agentGroupId = agentGroupId;
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }

    @Override
    public String toString() {
        return "IntegrationAgentGroup[" + agentGroupId + ", " + groupName + "]";
    }
}
