package io.quarkiverse.engagevoice.client.api.numbers;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.numbers.TracNumber;

/**
 * The tracking numbers of a tracking number group. {@code accountId} may be {@code ~}: the account the client works
 * on. The OpenAPI file has no delete of a tracking number.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface TracNumbersApi {

    /** {@code getTracNumberList}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/tracGroups/{tracGroupId}/tracNumbers")
    List<TracNumber> list(@PathParam("accountId") String accountId, @PathParam("tracGroupId") int tracGroupId);

    /** {@code getTracNumber}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/tracGroups/{tracGroupId}/tracNumbers/{tracId}")
    TracNumber get(@PathParam("accountId") String accountId, @PathParam("tracGroupId") int tracGroupId,
            @PathParam("tracId") int tracId);

    /** {@code createTracNumber}: the answer holds the new {@code tracId}. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/tracGroups/{tracGroupId}/tracNumbers")
    @Consumes(MediaType.APPLICATION_JSON)
    TracNumber create(@PathParam("accountId") String accountId, @PathParam("tracGroupId") int tracGroupId,
            TracNumber number);

    /** {@code updateTracNumber}: only the non-null properties of {@code changes} are sent and changed. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/tracGroups/{tracGroupId}/tracNumbers/{tracId}")
    @Consumes(MediaType.APPLICATION_JSON)
    TracNumber update(@PathParam("accountId") String accountId, @PathParam("tracGroupId") int tracGroupId,
            @PathParam("tracId") int tracId, TracNumber changes);
}
