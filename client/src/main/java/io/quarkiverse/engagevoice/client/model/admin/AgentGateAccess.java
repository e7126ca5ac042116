package io.quarkiverse.engagevoice.client.model.admin;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * An agent's access to a queue (the API's {@code AgentGateAccess}), the body of an assignment. Properties not declared
 * here are kept.
 */
public class AgentGateAccess extends ApiObject {

    private Integer agentId;
    private Integer gateId;
    private Integer agentRank;
    private String defaultDestOverride;

    public AgentGateAccess() {
    }

    /** The access of {@code agentId} with {@code agentRank} ({@code null}: the server's default). */
    public static AgentGateAccess agent(int agentId, Integer agentRank) {
        AgentGateAccess a = new AgentGateAccess();
        a.setAgentId(agentId);
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

    /** The agent's rank on the queue, for agent-rank routing. */
    public Integer getAgentRank() {
        return agentRank;
    }

    public void setAgentRank(Integer agentRank) {
        this.agentRank = agentRank;
    }

    public String getDefaultDestOverride() {
        return defaultDestOverride;
    }

    public void setDefaultDestOverride(String defaultDestOverride) {
        this.defaultDestOverride = defaultDestOverride;
    }

    @Override
    public String toString() {
        return "AgentGateAccess[" + agentId + ", " + gateId + "]";
    }
}
