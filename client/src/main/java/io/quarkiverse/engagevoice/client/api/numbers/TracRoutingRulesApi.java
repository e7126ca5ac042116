package io.quarkiverse.engagevoice.client.api.numbers;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.numbers.TracRoutingRule;

/**
 * The routing rules of a tracking number: where its calls go, in rank order, while it is open or closed.
 * {@code accountId} may be {@code ~}: the account the client works on.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface TracRoutingRulesApi {

    /** {@code getTracRoutingRuleByNumber}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/tracGroups/{tracGroupId}/tracNumbers/{tracId}/routingRules")
    List<TracRoutingRule> list(@PathParam("accountId") String accountId, @PathParam("tracGroupId") int tracGroupId,
            @PathParam("tracId") int tracId);

    /** {@code getTracRoutingRule}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/tracGroups/{tracGroupId}/tracNumbers/{tracId}/routingRules/{ruleId}")
    TracRoutingRule get(@PathParam("accountId") String accountId, @PathParam("tracGroupId") int tracGroupId,
            @PathParam("tracId") int tracId, @PathParam("ruleId") int ruleId);

    /** {@code createTracRoutingRule}: the answer holds the new {@code ruleId}. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/tracGroups/{tracGroupId}/tracNumbers/{tracId}/routingRules")
    @Consumes(MediaType.APPLICATION_JSON)
    TracRoutingRule create(@PathParam("accountId") String accountId, @PathParam("tracGroupId") int tracGroupId,
            @PathParam("tracId") int tracId, TracRoutingRule rule);

    /** {@code updateTracRoutingRule}: only the non-null properties of {@code changes} are sent and changed. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/tracGroups/{tracGroupId}/tracNumbers/{tracId}/routingRules/{ruleId}")
    @Consumes(MediaType.APPLICATION_JSON)
    TracRoutingRule update(@PathParam("accountId") String accountId, @PathParam("tracGroupId") int tracGroupId,
            @PathParam("tracId") int tracId, @PathParam("ruleId") int ruleId, TracRoutingRule changes);

    /** {@code deleteTracRoutingRule}: whether the server deleted it. */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/tracGroups/{tracGroupId}/tracNumbers/{tracId}/routingRules/{ruleId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean delete(@PathParam("accountId") String accountId, @PathParam("tracGroupId") int tracGroupId,
            @PathParam("tracId") int tracId, @PathParam("ruleId") int ruleId);
}
