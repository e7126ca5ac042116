package io.quarkiverse.engagevoice.client.api.routing;

import java.io.InputStream;
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

import io.quarkiverse.engagevoice.client.api.Idempotent;
import io.quarkiverse.engagevoice.client.api.MultipartFile;
import io.quarkiverse.engagevoice.client.model.routing.AllocationHoursDelimiter;
import io.quarkiverse.engagevoice.client.model.routing.CloudRouteAssignedDestination;

/**
 * The destinations assigned to a cloud route profile, with their rank and share of the calls. {@code accountId} may
 * be {@code ~}: the account the client works on. The same assignments seen from a destination are
 * {@link CloudRouteAssignedProfilesApi}.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface CloudRouteAssignedDestinationsApi {

    /** The path of the assigned destinations of a profile, below the interface's root. */
    String ASSIGNED = CloudRouteProfilesApi.PROFILES + "/{cloudRouteProfileId}/assignedDestinations";

    /** {@code getCloudAssignedDestinationList}. */
    @GET
    @Path("/v1/admin/accounts" + ASSIGNED)
    List<CloudRouteAssignedDestination> list(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId);

    /**
     * {@code
     * getCloudRouteProfileGroupsCloudRouteGroupIdCloudRouteProfilesCloudRouteProfileIdAssignedDestinationsCloudAssignedDestinationId}.
     */
    @GET
    @Path("/v1/admin/accounts" + ASSIGNED + "/{cloudAssignedDestinationId}")
    CloudRouteAssignedDestination get(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId,
            @PathParam("cloudAssignedDestinationId") int cloudAssignedDestinationId);

    /**
     * {@code createCloudAssignedDestination2}: assigns a destination to the profile (see
     * {@link CloudRouteAssignedDestination#of}); the answer holds the new {@code assignedDestinationId}.
     */
    @POST
    @Path("/v1/admin/accounts" + ASSIGNED)
    @Consumes(MediaType.APPLICATION_JSON)
    CloudRouteAssignedDestination create(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId, CloudRouteAssignedDestination assignment);

    /** {@code updateCloudAssignedDestination2}: only the non-null properties of {@code changes} are sent and changed. */
    @PUT
    @Path("/v1/admin/accounts" + ASSIGNED + "/{cloudAssignedDestinationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    CloudRouteAssignedDestination update(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId,
            @PathParam("cloudAssignedDestinationId") int cloudAssignedDestinationId,
            CloudRouteAssignedDestination changes);

    /**
     * {@code batchUpdateCloudAssignedDestinations}: updates several assignments of the profile at once (each names
     * its {@code assignedDestinationId}), e.g. to re-rank them or share the calls anew; the answer is the updated
     * assignments.
     */
    @PUT
    @Path("/v1/admin/accounts" + ASSIGNED + "/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    List<CloudRouteAssignedDestination> updateAll(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId, List<CloudRouteAssignedDestination> changes);

    /** {@code deleteCloudAssignedDestination2}: removes the destination from the profile; whether the server did. */
    @DELETE
    @Path("/v1/admin/accounts" + ASSIGNED + "/{cloudAssignedDestinationId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean delete(@PathParam("accountId") String accountId, @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId,
            @PathParam("cloudAssignedDestinationId") int cloudAssignedDestinationId);

    /**
     * {@code exportPercentAllocationHours}: the hourly call shares of the profile's destinations, as a file to edit
     * and send back with {@link #importAllocationHours}. The OpenAPI file documents no media type for the answer, so
     * any is accepted; the caller closes the stream.
     */
    @Idempotent
    @POST
    @Path("/v1/admin/accounts" + ASSIGNED + "/percentAllocationHours/export")
    @Produces(MediaType.WILDCARD)
    InputStream exportAllocationHours(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId);

    /**
     * {@code importPercentAllocationHours}: the raw request. Prefer
     * {@link #importAllocationHours(String, int, int, AllocationHoursDelimiter, String, byte[])}, which builds
     * {@code multipartBody}.
     *
     * @param extension how the file's fields are delimited
     * @param multipartBody a body made by {@link MultipartFile#body}
     */
    @POST
    @Path("/v1/admin/accounts" + ASSIGNED + "/percentAllocationHours/import")
    @Consumes(MultipartFile.MULTIPART_FORM_DATA)
    List<CloudRouteAssignedDestination> importAllocationHours(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId,
            @QueryParam("extension") AllocationHoursDelimiter extension, byte[] multipartBody);

    /**
     * {@code importPercentAllocationHours}: uploads an allocation-hours file (as {@link #exportAllocationHours} gives
     * it), sent as the multipart part {@code file} named {@code fileName}; the answer is the updated assignments.
     *
     * @throws IllegalArgumentException when the file holds {@link MultipartFile#BOUNDARY} (nothing is sent)
     */
    default List<CloudRouteAssignedDestination> importAllocationHours(String accountId, int cloudRouteGroupId,
            int cloudRouteProfileId, AllocationHoursDelimiter extension, String fileName, byte[] file) {
        return importAllocationHours(accountId, cloudRouteGroupId, cloudRouteProfileId, extension,
                MultipartFile.body(fileName, file));
    }
}
