package io.quarkiverse.engagevoice.client.api.services;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.services.ExternalHttpService;

/**
 * The remote HTTP services of a group, version 2 of the API (tag 'Remote HTTP Services', paths under
 * {@code /v2/}): flat endpoint properties, a JSON configuration object, credentials by reference to an external
 * authentication configuration ({@link ExternalAuthConfigsApi}), and a delete. {@code accountId} may be {@code ~}.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface HttpServicesV2Api {

    /**
     * {@code getRemoteHttpServiceListUsingGET}.
     *
     * @param page zero-based page, {@code null} for the server's default
     * @param maxRows page size, {@code null} for the server's default
     */
    @GET
    @Path("/v2/admin/accounts/{accountId}/httpServiceGroups/{serviceGroupId}/httpServices")
    List<ExternalHttpService> list(@PathParam("accountId") String accountId,
            @PathParam("serviceGroupId") int serviceGroupId, @QueryParam("page") Integer page,
            @QueryParam("maxRows") Integer maxRows);

    /** {@code getRemoteHttpServiceListUsingGET}, first page with the server's default size. */
    default List<ExternalHttpService> list(String accountId, int serviceGroupId) {
        return list(accountId, serviceGroupId, null, null);
    }

    /** {@code getRemoteHttpServiceUsingGET}. */
    @GET
    @Path("/v2/admin/accounts/{accountId}/httpServiceGroups/{serviceGroupId}/httpServices/{serviceId}")
    ExternalHttpService get(@PathParam("accountId") String accountId, @PathParam("serviceGroupId") int serviceGroupId,
            @PathParam("serviceId") int serviceId);

    /** {@code createRemoteHttpServiceUsingPOST}: the answer holds the new {@code serviceId}. */
    @POST
    @Path("/v2/admin/accounts/{accountId}/httpServiceGroups/{serviceGroupId}/httpServices")
    @Consumes(MediaType.APPLICATION_JSON)
    ExternalHttpService create(@PathParam("accountId") String accountId, @PathParam("serviceGroupId") int serviceGroupId,
            ExternalHttpService service);

    /** {@code updateRemoteHttpServiceUsingPUT}: only the non-null properties of {@code changes} are sent. */
    @PUT
    @Path("/v2/admin/accounts/{accountId}/httpServiceGroups/{serviceGroupId}/httpServices/{serviceId}")
    @Consumes(MediaType.APPLICATION_JSON)
    ExternalHttpService update(@PathParam("accountId") String accountId, @PathParam("serviceGroupId") int serviceGroupId,
            @PathParam("serviceId") int serviceId, ExternalHttpService changes);

    /** {@code deleteRemoteHttpServiceUsingDELETE}: the answer has no body; a failure is an exception. */
    @DELETE
    @Path("/v2/admin/accounts/{accountId}/httpServiceGroups/{serviceGroupId}/httpServices/{serviceId}")
    void delete(@PathParam("accountId") String accountId, @PathParam("serviceGroupId") int serviceGroupId,
            @PathParam("serviceId") int serviceId);
}
