package org.acme;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.model.AgentGroup;

/**
 * Lists the agent groups of the account the Engage Voice client logged in to ({@code ~}). In dev and test mode, with
 * no {@code quarkus.engage-voice.server} configured, the extension's Dev Service starts a simulator and logs in to
 * it; set the server and credentials in application.properties to reach your own account.
 */
@Path("/engage-voice")
public class EngageVoiceResource {

    @Inject
    AgentGroupsApi agentGroups;

    @GET
    @Path("/agent-groups")
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> agentGroupNames() {
        return agentGroups.list("~").stream().map(AgentGroup::getGroupName).toList();
    }
}
