package io.quarkiverse.engagevoice.it;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.EngageVoiceClientName;
import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.model.AgentGroup;

/** The named client {@code vacd}, configured for a legacy server (API root {@code /api}, legacy login). */
@Path("/legacy/agent-groups")
@Produces(MediaType.APPLICATION_JSON)
public class LegacyAgentGroupsResource {

    @Inject
    @EngageVoiceClientName("vacd")
    AgentGroupsApi agentGroups;

    @GET
    public List<String> names() {
        return agentGroups.list("~").stream().map(AgentGroup::getGroupName).toList();
    }
}
