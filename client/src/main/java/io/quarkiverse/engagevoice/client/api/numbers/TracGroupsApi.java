package io.quarkiverse.engagevoice.client.api.numbers;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.numbers.TracGroup;

/**
 * Tracking number groups of an account. {@code accountId} may be {@code ~}: the account the client works on. The
 * OpenAPI file has no plain list and no create of groups: groups are listed with their numbers
 * ({@link #listWithChildren}). Documented limit for the number APIs: 120 requests per minute.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface TracGroupsApi {

    /**
     * {@code getTracGroupListWithChildren}: every group with its {@code tracNumbers}.
     *
     * @param includePermissions whether each group carries the caller's {@code permissions}; {@code null} for the
     *        server's default ({@code false}, not sent)
     */
    @GET
    @Path("/v1/admin/accounts/{accountId}/tracGroups/withChildren")
    List<TracGroup> listWithChildren(@PathParam("accountId") String accountId,
            @QueryParam("includePermissions") Boolean includePermissions);

    /** {@code getTracGroupListWithChildren} without permissions. */
    default List<TracGroup> listWithChildren(String accountId) {
        return listWithChildren(accountId, null);
    }

    /** {@code getTracGroup}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/tracGroups/{tracGroupId}")
    TracGroup get(@PathParam("accountId") String accountId, @PathParam("tracGroupId") int tracGroupId);

    /** {@code updateTracGroup}: only the non-null properties of {@code changes} are sent and changed. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/tracGroups/{tracGroupId}")
    @Consumes(MediaType.APPLICATION_JSON)
    TracGroup update(@PathParam("accountId") String accountId, @PathParam("tracGroupId") int tracGroupId,
            TracGroup changes);

    /** {@code deleteTracGroup}: whether the server deleted it. */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/tracGroups/{tracGroupId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean delete(@PathParam("accountId") String accountId, @PathParam("tracGroupId") int tracGroupId);
}
