package io.quarkiverse.engagevoice.client.model;


/**
 * An agent's membership of a dial group (the API's {@code AgentDialGroupMember}), the body of an assignment.
 * Properties not declared here are kept.
 */
public class AgentDialGroupMember extends ApiObject {

    private Integer agentId;
    private Integer dialGroupId;
    private Boolean hciClicker;

    public AgentDialGroupMember() {
    }

    /** The membership of {@code agentId}: the dial group is the one of the request's path. */
    public static AgentDialGroupMember agent(int agentId) {
        AgentDialGroupMember m = new AgentDialGroupMember();
        m.setAgentId(agentId);
        return m;
    }

    public Integer getAgentId() {
        return agentId;
    }

    public void setAgentId(Integer agentId) {
        this.agentId = agentId;
    }

    public Integer getDialGroupId() {
        return dialGroupId;
    }

    public void setDialGroupId(Integer dialGroupId) {
        this.dialGroupId = dialGroupId;
    }

    /** Whether the agent clicks to dial for the human call initiator (HCI) mode. */
    public Boolean getHciClicker() {
        return hciClicker;
    }

    public void setHciClicker(Boolean hciClicker) {
        this.hciClicker = hciClicker;
    }

    @Override
    public String toString() {
        return "AgentDialGroupMember[" + agentId + ", " + dialGroupId + "]";
    }
}
