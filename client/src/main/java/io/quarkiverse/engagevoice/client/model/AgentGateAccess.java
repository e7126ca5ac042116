package io.quarkiverse.engagevoice.client.model;


/**
 * The access of an agent to a queue, with the agent's rank there: an item of the body of an assignment.
 * {@link #toString()} leaves out the destination override. Properties not declared here are kept.
 */
public class AgentGateAccess extends ApiObject {

    private Integer agentId;
    private Integer gateId;
    private Integer agentRank;
    private String defaultDestOverride;

    public AgentGateAccess() {
    }

    /** Access for agent {@code agentId}, with the server's default rank. */
    public static AgentGateAccess agent(int agentId) {
        AgentGateAccess a = new AgentGateAccess();
        a.setAgentId(agentId);
        return a;
    }

    /** Access for agent {@code agentId} at rank {@code agentRank}. */
    public static AgentGateAccess agent(int agentId, int agentRank) {
        AgentGateAccess a = agent(agentId);
        a.setAgentRank(agentRank);
        return a;
    }

    public Integer getAgentId() {
        return agentId;
    }

    public void setAgentId(Integer agentId) {
        this.agentId = agentId;
    }

    public Integer getGateId() {
        return gateId;
    }

    public void setGateId(Integer gateId) {
        this.gateId = gateId;
    }

    /** The agent's rank in the queue: calls go to lower ranks first. */
    public Integer getAgentRank() {
        return agentRank;
    }

    public void setAgentRank(Integer agentRank) {
        this.agentRank = agentRank;
    }

    /** A destination (a phone number) that replaces the agent's own for this queue. */
    public String getDefaultDestOverride() {
        return defaultDestOverride;
    }

    public void setDefaultDestOverride(String defaultDestOverride) {
        this.defaultDestOverride = defaultDestOverride;
    }

    @Override
    public String toString() {
        return "AgentGateAccess[agent " + agentId + ", queue " + gateId + "]";
    }
}
