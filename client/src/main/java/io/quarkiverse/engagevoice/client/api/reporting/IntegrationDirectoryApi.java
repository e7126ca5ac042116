package io.quarkiverse.engagevoice.client.api.reporting;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.reporting.IntegrationAgent;
import io.quarkiverse.engagevoice.client.model.reporting.IntegrationAgentGroup;
import io.quarkiverse.engagevoice.client.model.reporting.IntegrationUser;
import io.quarkiverse.engagevoice.client.model.reporting.SubAccount;

/**
 * Read-only lookups of the integration API (workforce-optimisation integrations, the WFO_ACCESS role): the
 * sub-accounts, agent groups, agents and users that reports name by id. A {@code subAccountId} may be {@code ~}, the
 * account the client works on; a {@code mainAccountId} must be the main account's id.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface IntegrationDirectoryApi {

    /** {@code getSubAccountsByMainAccountId}. */
    @GET
    @Path("/integration/v1/admin/accounts/{mainAccountId}/subaccounts")
    List<SubAccount> subAccounts(@PathParam("mainAccountId") String mainAccountId);

    /** {@code getAgentGroups}: the agent groups of a sub-account. */
    @GET
    @Path("/integration/v1/admin/accounts/{subAccountId}/agentGroups")
    List<IntegrationAgentGroup> agentGroups(@PathParam("subAccountId") String subAccountId);

    /** {@code getIntegrationAgentList}: the agents of a group, with their RingCentral users and supervisors. */
    @GET
    @Path("/integration/v1/admin/accounts/{subAccountId}/agentGroups/{agentGroupId}/agents")
    List<IntegrationAgent> agents(@PathParam("subAccountId") String subAccountId,
            @PathParam("agentGroupId") int agentGroupId);

    /** {@code getUserList}: every user the caller may see under the main account. */
    @GET
    @Path("/integration/v1/admin/users/{mainAccountId}")
    List<IntegrationUser> users(@PathParam("mainAccountId") String mainAccountId);
}
