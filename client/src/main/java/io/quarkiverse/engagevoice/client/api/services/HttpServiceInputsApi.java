package io.quarkiverse.engagevoice.client.api.services;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.services.HttpServiceInput;

/**
 * The inputs of a remote HTTP service: the values RingCX sends to it (tag 'Remote HTTP Service Inputs').
 * {@code accountId} may be {@code ~}. The API has no operation that changes an input: delete it and create another.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface HttpServiceInputsApi {

    /** {@code getHttpServiceInputList}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/httpServiceGroups/{serviceGroupId}/httpServices/{serviceId}/inputs")
    List<HttpServiceInput> list(@PathParam("accountId") String accountId, @PathParam("serviceGroupId") int serviceGroupId,
            @PathParam("serviceId") int serviceId);

    /** {@code getHttpServiceInput}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/httpServiceGroups/{serviceGroupId}/httpServices/{serviceId}/inputs/{inputId}")
    HttpServiceInput get(@PathParam("accountId") String accountId, @PathParam("serviceGroupId") int serviceGroupId,
            @PathParam("serviceId") int serviceId, @PathParam("inputId") int inputId);

    /**
     * {@code createHttpServiceInput}: adds several inputs at once (the body is a JSON array); the answer holds them with
     * their new {@code inputId}s.
     */
    @POST
    @Path("/v1/admin/accounts/{accountId}/httpServiceGroups/{serviceGroupId}/httpServices/{serviceId}/inputs")
    @Consumes(MediaType.APPLICATION_JSON)
    List<HttpServiceInput> create(@PathParam("accountId") String accountId, @PathParam("serviceGroupId") int serviceGroupId,
            @PathParam("serviceId") int serviceId, List<HttpServiceInput> inputs);

    /** {@code deleteHttpServiceInput}: whether the server deleted it. */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/httpServiceGroups/{serviceGroupId}/httpServices/{serviceId}/inputs/{inputId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean delete(@PathParam("accountId") String accountId, @PathParam("serviceGroupId") int serviceGroupId,
            @PathParam("serviceId") int serviceId, @PathParam("inputId") int inputId);
}
