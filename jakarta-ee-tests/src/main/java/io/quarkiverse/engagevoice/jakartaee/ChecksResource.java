package io.quarkiverse.engagevoice.jakartaee;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkiverse.engagevoice.EngageVoiceClientName;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.api.ActiveCallsApi;
import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.api.CampaignLeadsApi;
import io.quarkiverse.engagevoice.client.error.EngageVoiceException;
import io.quarkiverse.engagevoice.client.model.Account;
import io.quarkiverse.engagevoice.client.model.AgentGroup;
import io.quarkiverse.engagevoice.client.model.LeadSearchCriteria;

/**
 * What an application does with injected API interfaces, exposed as plain text so that the test reads the results
 * without any JSON provider of the server's in between.
 */
@Path("/checks")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class ChecksResource {

    @Inject
    AgentGroupsApi agentGroups;

    @Inject
    AccountsApi accounts;

    @Inject
    CampaignLeadsApi leads;

    @Inject
    ActiveCallsApi activeCalls;

    @Inject
    EngageVoiceClient client;

    @Inject
    @EngageVoiceClientName("tenant-a")
    AccountsApi tenantAAccounts;

    @GET
    @Path("/accounts")
    public String accounts() {
        return ids(accounts.list());
    }

    @GET
    @Path("/tenant-a/accounts")
    public String tenantAAccounts() {
        return ids(tenantAAccounts.list());
    }

    @GET
    @Path("/user-agent")
    public String userAgent() {
        return client.userAgent();
    }

    @POST
    @Path("/agent-groups")
    public String createAgentGroup(@QueryParam("name") String name) {
        return String.valueOf(agentGroups.create("~", AgentGroup.named(name)).getAgentGroupId());
    }

    @GET
    @Path("/agent-groups/{id}")
    public Response agentGroup(@PathParam("id") int id) {
        try {
            return Response.ok(agentGroups.get("~", id).getGroupName()).build();
        } catch (EngageVoiceException e) {
            return Response.status(e.status()).entity(e.getClass().getSimpleName() + " " + e.operation()).build();
        }
    }

    /** GET, modify, PUT: the whole group goes back, with the properties the model does not declare. */
    @PUT
    @Path("/agent-groups/{id}")
    public String renameAgentGroup(@PathParam("id") int id, @QueryParam("name") String name) {
        AgentGroup group = agentGroups.get("~", id);
        group.setGroupName(name);
        return agentGroups.update("~", id, group).getGroupName();
    }

    @DELETE
    @Path("/agent-groups/{id}")
    public String deleteAgentGroup(@PathParam("id") int id) {
        return String.valueOf(agentGroups.delete("~", id));
    }

    @GET
    @Path("/leads")
    public String searchLeads(@QueryParam("campaignId") int campaignId) {
        return leads.search("~", 0, 50, LeadSearchCriteria.campaigns(campaignId)).stream()
                .map(lead -> String.valueOf(lead.getLeadId())).collect(Collectors.joining(","));
    }

    /** How many leads match: a default method of the interface, delegating to a request method. */
    @GET
    @Path("/leads/count")
    public String countLeads(@QueryParam("campaignId") int campaignId) {
        return String.valueOf(leads.count("~", LeadSearchCriteria.campaigns(campaignId)));
    }

    /** One line per call: its id and when it was queued, as read into an {@code OffsetDateTime}. */
    @GET
    @Path("/active-calls")
    public String activeCalls() {
        return activeCalls.list("~").stream().map(call -> call.getUii() + " " + call.getEnqueueTime())
                .collect(Collectors.joining("\n"));
    }

    private static String ids(List<Account> list) {
        return list.stream().map(Account::getAccountId).collect(Collectors.joining(","));
    }
}
