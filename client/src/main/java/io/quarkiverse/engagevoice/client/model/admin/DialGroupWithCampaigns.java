package io.quarkiverse.engagevoice.client.model.admin;

import java.util.List;

import io.quarkiverse.engagevoice.client.model.Campaign;
import io.quarkiverse.engagevoice.client.model.DialGroup;

/**
 * A dial group as listed with its children: the API's {@code DialGroup} with its {@code campaigns}, its agent
 * members and, when asked for, the caller's {@code permissions} on it. Properties not declared here are kept.
 */
public class DialGroupWithCampaigns extends DialGroup {

    private List<Campaign> campaigns;
    private List<AgentDialGroupMember> agentDialGroupMembers;
    private List<String> permissions;

    public List<Campaign> getCampaigns() {
        return campaigns;
    }

    public void setCampaigns(List<Campaign> campaigns) {
        this.campaigns = campaigns;
    }

    public List<AgentDialGroupMember> getAgentDialGroupMembers() {
        return agentDialGroupMembers;
    }

    public void setAgentDialGroupMembers(List<AgentDialGroupMember> agentDialGroupMembers) {
        this.agentDialGroupMembers = agentDialGroupMembers;
    }

    /** The caller's permissions on the group, sent only when listed with {@code includePermissions}. */
    public List<String> getPermissions() {
        return permissions;
    }

    public void setPermissions(List<String> permissions) {
        this.permissions = permissions;
    }

    @Override
    public String toString() {
        return "DialGroupWithCampaigns[" + getDialGroupId() + ", " + getDialGroupName() + ", "
                + (campaigns == null ? 0 : campaigns.size()) + " campaigns]";
    }
}
