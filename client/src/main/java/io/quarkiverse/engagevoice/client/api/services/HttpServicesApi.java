package io.quarkiverse.engagevoice.client.api.services;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.ActiveState;
import io.quarkiverse.engagevoice.client.model.services.HttpService;

/**
 * The remote HTTP services of a group, version 1 of the API (tag 'Remote HTTP Services', paths under
 * {@code /v1/}). {@code accountId} may be {@code ~}. Version 1 has no delete: {@link HttpServicesV2Api#delete}
 * deletes, or {@link #setActive} turns a service off.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface HttpServicesApi {

    /**
     * {@code getHttpServiceList}.
     *
     * @param page zero-based page, {@code null} for the server's default
     * @param maxRows page size, {@code null} for the server's default
     */
    @GET
    @Path("/v1/admin/accounts/{accountId}/httpServiceGroups/{serviceGroupId}/httpServices")
    List<HttpService> list(@PathParam("accountId") String accountId, @PathParam("serviceGroupId") int serviceGroupId,
            @QueryParam("page") Integer page, @QueryParam("maxRows") Integer maxRows);

    /** {@code getHttpServiceList}, first page with the server's default size. */
    default List<HttpService> list(String accountId, int serviceGroupId) {
        return list(accountId, serviceGroupId, null, null);
    }

    /** {@code getHttpService}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/httpServiceGroups/{serviceGroupId}/httpServices/{serviceId}")
    HttpService get(@PathParam("accountId") String accountId, @PathParam("serviceGroupId") int serviceGroupId,
            @PathParam("serviceId") int serviceId);

    /** {@code createHttpService}: the answer holds the new {@code serviceId}. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/httpServiceGroups/{serviceGroupId}/httpServices")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpService create(@PathParam("accountId") String accountId, @PathParam("serviceGroupId") int serviceGroupId,
            HttpService service);

    /** {@code updateHttpService}: only the non-null properties of {@code changes} are sent. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/httpServiceGroups/{serviceGroupId}/httpServices/{serviceId}")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpService update(@PathParam("accountId") String accountId, @PathParam("serviceGroupId") int serviceGroupId,
            @PathParam("serviceId") int serviceId, HttpService changes);

    /** {@code cloneHttpService}: a copy of the service, with its inputs, named {@code newName}; the answer is the copy. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/httpServiceGroups/{serviceGroupId}/httpServices/{serviceId}/clone")
    HttpService cloneAs(@PathParam("accountId") String accountId, @PathParam("serviceGroupId") int serviceGroupId,
            @PathParam("serviceId") int serviceId, @QueryParam("newName") String newName);

    /** {@code setHttpServiceIsActive}: turns the service on or off; whether the server did. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/httpServiceGroups/{serviceGroupId}/httpServices/{serviceId}/setIsActive")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean setActive(@PathParam("accountId") String accountId, @PathParam("serviceGroupId") int serviceGroupId,
            @PathParam("serviceId") int serviceId, ActiveState state);

    /** {@code setHttpServiceIsActive} with {@code {"isActive": active}}. */
    default boolean setActive(String accountId, int serviceGroupId, int serviceId, boolean active) {
        return setActive(accountId, serviceGroupId, serviceId, ActiveState.of(active));
    }
}
