package io.quarkiverse.engagevoice.it;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.model.AgentGroup;

/** An application endpoint backed by the injected Engage Voice client: the shape of a real integration. */
@Path("/agent-groups")
@Produces(MediaType.APPLICATION_JSON)
public class AgentGroupsResource {

    @Inject
    AgentGroupsApi agentGroups;

    @Inject
    ResilientAgentGroups resilient;

    @GET
    public List<String> names() {
        return agentGroups.list("~").stream().map(AgentGroup::getGroupName).toList();
    }

    @GET
    @Path("/resilient")
    public List<String> resilientNames() {
        return resilient.names();
    }

    @GET
    @Path("/{agentGroupId}")
    public AgentGroup get(@PathParam("agentGroupId") int agentGroupId) {
        return agentGroups.get("~", agentGroupId);
    }

    /** The default method {@code list(accountId)} for any account, this application's or not. */
    @GET
    @Path("/of-account/{accountId}")
    public List<String> namesOf(@PathParam("accountId") String accountId) {
        return agentGroups.list(accountId).stream().map(AgentGroup::getGroupName).toList();
    }

    @POST
    @Path("/{name}")
    public AgentGroup create(@PathParam("name") String name) {
        return agentGroups.create("~", AgentGroup.named(name));
    }
}
