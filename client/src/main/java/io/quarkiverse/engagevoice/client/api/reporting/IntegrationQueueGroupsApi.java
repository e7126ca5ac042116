package io.quarkiverse.engagevoice.client.api.reporting;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.reporting.IntegrationQueue;
import io.quarkiverse.engagevoice.client.model.reporting.IntegrationQueueGroup;

/**
 * Queue groups and their queues' agents through the public integration API (voice and digital), for mapping report
 * rows to teams. {@code rcAccountId} is the RingCentral account id and {@code subAccountId} the RingCX sub-account;
 * neither may be {@code ~}.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface IntegrationQueueGroupsApi {

    /** {@code getQueueGroups}: every queue group of the sub-account. */
    @GET
    @Path("/cx/integration/v1/accounts/{rcAccountId}/sub-accounts/{subAccountId}/queue-groups")
    List<IntegrationQueueGroup> list(@PathParam("rcAccountId") String rcAccountId,
            @PathParam("subAccountId") String subAccountId);

    /** {@code getQueuesWithAgents}: the queues of a group with their agents' ids; at most 2000 rows. */
    @GET
    @Path("/cx/integration/v1/accounts/{rcAccountId}/sub-accounts/{subAccountId}/queue-groups/{queueGroupId}/with-agents")
    List<IntegrationQueue> queuesWithAgents(@PathParam("rcAccountId") String rcAccountId,
            @PathParam("subAccountId") String subAccountId, @PathParam("queueGroupId") long queueGroupId);
}
