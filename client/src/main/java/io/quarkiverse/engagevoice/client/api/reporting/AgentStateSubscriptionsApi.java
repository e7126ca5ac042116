package io.quarkiverse.engagevoice.client.api.reporting;

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

import io.quarkiverse.engagevoice.client.model.reporting.AgentStateSubscription;
import io.quarkiverse.engagevoice.client.model.reporting.AgentStateSubscriptionRequest;

/**
 * Webhook subscriptions to the agent state changes of a sub-account (needs the WFO_ACCESS role).
 * {@code rcAccountId} is the RingCentral account id and {@code subAccountId} the RingCX sub-account; neither may be
 * {@code ~}. Documented limit: 120 requests per minute.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface AgentStateSubscriptionsApi {

    /** {@code getAllSubscriptions}. */
    @GET
    @Path("/cx/integration/v1/accounts/{rcAccountId}/sub-accounts/{subAccountId}/agent-states/subscriptions")
    List<AgentStateSubscription> list(@PathParam("rcAccountId") String rcAccountId,
            @PathParam("subAccountId") String subAccountId);

    /**
     * {@code subscribe}: the answer holds the new {@code subscriptionId}. RingCX first validates the receiver (see
     * {@link AgentStateSubscriptionRequest}).
     */
    @POST
    @Path("/cx/integration/v1/accounts/{rcAccountId}/sub-accounts/{subAccountId}/agent-states/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    AgentStateSubscription create(@PathParam("rcAccountId") String rcAccountId,
            @PathParam("subAccountId") String subAccountId, AgentStateSubscriptionRequest subscription);

    /** {@code updateSubscription}: {@code subscriptionName} and {@code notificationUrl} are required. */
    @PUT
    @Path("/cx/integration/v1/accounts/{rcAccountId}/sub-accounts/{subAccountId}/agent-states/subscriptions/{subscriptionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    AgentStateSubscription update(@PathParam("rcAccountId") String rcAccountId,
            @PathParam("subAccountId") String subAccountId, @PathParam("subscriptionId") String subscriptionId,
            AgentStateSubscriptionRequest subscription);

    /** {@code deleteSubscription}. */
    @DELETE
    @Path("/cx/integration/v1/accounts/{rcAccountId}/sub-accounts/{subAccountId}/agent-states/subscriptions/{subscriptionId}")
    void delete(@PathParam("rcAccountId") String rcAccountId, @PathParam("subAccountId") String subAccountId,
            @PathParam("subscriptionId") String subscriptionId);
}
