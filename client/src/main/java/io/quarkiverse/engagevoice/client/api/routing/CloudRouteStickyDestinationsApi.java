package io.quarkiverse.engagevoice.client.api.routing;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The sticky destinations of a cloud route profile: the destination each caller number (ANI) went to, to which the
 * profile sends that caller again. {@code accountId} may be {@code ~}: the account the client works on.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface CloudRouteStickyDestinationsApi {

    /** The path of the sticky destinations of a profile, below the interface's root. */
    String STICKY = CloudRouteProfilesApi.PROFILES + "/{cloudRouteProfileId}/stickyDestinations";

    /**
     * {@code getListByAni}: the sticky destinations of the given caller numbers. The OpenAPI file describes the answer
     * only as a JSON object, so it is returned as read. Every parameter after {@code aniParams} may be {@code null}:
     * then it is not sent.
     *
     * @param aniParams whether to search by the numbers of {@code anis} ({@code false}: all of the profile's)
     * @param anis caller numbers, sent as repeated {@code anis} keys
     * @param fullAni whether the numbers must match whole rather than in part
     * @param count whether to answer with the count rather than the entries
     * @param page zero-based page, {@code null} for the server's default
     * @param maxRows page size, {@code null} for the server's default
     */
    @GET
    @Path("/v1/admin/accounts" + STICKY + "/searchByAnis")
    Map<String, Object> search(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId, @QueryParam("aniParams") boolean aniParams,
            @QueryParam("anis") List<String> anis, @QueryParam("fullAni") Boolean fullAni,
            @QueryParam("count") Boolean count, @QueryParam("page") Integer page,
            @QueryParam("maxRows") Integer maxRows);

    /** {@code getListByAni} of these whole numbers, first page with the server's default size. */
    default Map<String, Object> search(String accountId, int cloudRouteGroupId, int cloudRouteProfileId,
            List<String> anis) {
        return search(accountId, cloudRouteGroupId, cloudRouteProfileId, true, anis, true, null, null, null);
    }

    /** {@code deleteByAni}: forgets the sticky destination of caller number {@code ani}; whether the server did. */
    @DELETE
    @Path("/v1/admin/accounts" + STICKY + "/{ani}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean delete(@PathParam("accountId") String accountId, @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId, @PathParam("ani") String ani);
}
