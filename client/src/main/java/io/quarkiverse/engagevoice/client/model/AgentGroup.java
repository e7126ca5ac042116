package io.quarkiverse.engagevoice.client.model;

/** A group of agents. Properties not declared here are kept. */
public class AgentGroup extends ApiObject {

    private Integer agentGroupId;
    private String groupName;
    private Boolean isDefault;

    public AgentGroup() {
    }

    /** A group with only a name: the body of a create, or of a rename. */
    public static AgentGroup named(String groupName) {
        AgentGroup g = new AgentGroup();
        g.setGroupName(groupName);
        return g;
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

    public Boolean getIsDefault() {
        return isDefault;
    }

    public void setIsDefault(Boolean isDefault) {
        this.isDefault = isDefault;
    }

    @Override
    public String toString() {
        return "AgentGroup[" + agentGroupId + ", " + groupName + "]";
    }
}
