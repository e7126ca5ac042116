package io.quarkiverse.engagevoice.client.api.reporting;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.api.Idempotent;
import io.quarkiverse.engagevoice.client.model.reporting.AgentQueueStats;
import io.quarkiverse.engagevoice.client.model.reporting.AgentStats;
import io.quarkiverse.engagevoice.client.model.reporting.AggregatedStatsRequest;
import io.quarkiverse.engagevoice.client.model.reporting.QueueStats;

/**
 * Aggregated queue and agent statistics of a sub-account through the public integration API, for a period of at
 * most 3 hours in buckets ({@link AggregatedStatsRequest#between}). {@code rcAccountId} is the RingCentral account id
 * and {@code subAccountId} the RingCX sub-account; neither may be {@code ~}.
 * <p>
 * Documented limit, per sub-account and for these operations and {@code interaction-metadata} together: <b>3
 * requests per 60 s and 9 per 15 minutes</b>; excess is answered {@code 429}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AggregatedStatsApi {

    /**
     * {@code buildAggQueueStats}: one row per queue and bucket. Limit: 3 requests per 60 s and 9 per 15 minutes per
     * sub-account.
     */
    @Idempotent
    @POST
    @Path("/cx/integration/v1/accounts/{rcAccountId}/sub-accounts/{subAccountId}/agg-queue-stats")
    List<QueueStats> queueStats(@PathParam("rcAccountId") String rcAccountId,
            @PathParam("subAccountId") String subAccountId, AggregatedStatsRequest period);

    /**
     * {@code buildAggAgentStats}: one row per agent and bucket. Limit: 3 requests per 60 s and 9 per 15 minutes per
     * sub-account.
     */
    @Idempotent
    @POST
    @Path("/cx/integration/v1/accounts/{rcAccountId}/sub-accounts/{subAccountId}/agg-agent-stats")
    List<AgentStats> agentStats(@PathParam("rcAccountId") String rcAccountId,
            @PathParam("subAccountId") String subAccountId, AggregatedStatsRequest period);

    /**
     * {@code buildExtendedAggAgentStats}: one row per agent, queue and bucket. Limit: 3 requests per 60 s and 9 per
     * 15 minutes per sub-account.
     */
    @Idempotent
    @POST
    @Path("/cx/integration/v1/accounts/{rcAccountId}/sub-accounts/{subAccountId}/agg-agent-extended-stats")
    List<AgentQueueStats> agentQueueStats(@PathParam("rcAccountId") String rcAccountId,
            @PathParam("subAccountId") String subAccountId, AggregatedStatsRequest period);
}
