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

import io.quarkiverse.engagevoice.client.model.numbers.TracScheduleOverride;

/**
 * The schedule overrides of a tracking number: days on which it keeps other hours than its weekly schedule.
 * {@code accountId} may be {@code ~}: the account the client works on.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface TracScheduleOverridesApi {

    /** {@code getTracScheduleOverridesByNumber}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/tracGroups/{tracGroupId}/tracNumbers/{tracId}/scheduleOverrides")
    List<TracScheduleOverride> list(@PathParam("accountId") String accountId, @PathParam("tracGroupId") int tracGroupId,
            @PathParam("tracId") int tracId);

    /** {@code getTracScheduleOverride}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/tracGroups/{tracGroupId}/tracNumbers/{tracId}/scheduleOverrides/{overrideId}")
    TracScheduleOverride get(@PathParam("accountId") String accountId, @PathParam("tracGroupId") int tracGroupId,
            @PathParam("tracId") int tracId, @PathParam("overrideId") int overrideId);

    /** {@code createTracScheduleOverridesByNumber}: the answer holds the new {@code scheduleOverrideId}. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/tracGroups/{tracGroupId}/tracNumbers/{tracId}/scheduleOverrides")
    @Consumes(MediaType.APPLICATION_JSON)
    TracScheduleOverride create(@PathParam("accountId") String accountId, @PathParam("tracGroupId") int tracGroupId,
            @PathParam("tracId") int tracId, TracScheduleOverride override);

    /**
     * {@code updateTracScheduleOverridesByNumber}: only the non-null properties of {@code changes} are sent and
     * changed.
     */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/tracGroups/{tracGroupId}/tracNumbers/{tracId}/scheduleOverrides/{overrideId}")
    @Consumes(MediaType.APPLICATION_JSON)
    TracScheduleOverride update(@PathParam("accountId") String accountId, @PathParam("tracGroupId") int tracGroupId,
            @PathParam("tracId") int tracId, @PathParam("overrideId") int overrideId, TracScheduleOverride changes);

    /** {@code deleteTracScheduleOverridesByNumber}: whether the server deleted it. */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/tracGroups/{tracGroupId}/tracNumbers/{tracId}/scheduleOverrides/{overrideId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean delete(@PathParam("accountId") String accountId, @PathParam("tracGroupId") int tracGroupId,
            @PathParam("tracId") int tracId, @PathParam("overrideId") int overrideId);
}
