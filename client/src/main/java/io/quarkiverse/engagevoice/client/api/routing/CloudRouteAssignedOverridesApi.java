package io.quarkiverse.engagevoice.client.api.routing;

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

import io.quarkiverse.engagevoice.client.api.MultipartFile;
import io.quarkiverse.engagevoice.client.model.routing.CloudDestinationType;
import io.quarkiverse.engagevoice.client.model.routing.CloudRouteAssignedOverride;

/**
 * The DNIS overrides of a destination assigned to a cloud route profile (an assignment of
 * {@link CloudRouteAssignedDestinationsApi}): calls to a given dialled number go elsewhere. {@code accountId} may be
 * {@code ~}: the account the client works on. The overrides of the destination itself are
 * {@link CloudRouteDestinationOverridesApi}.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface CloudRouteAssignedOverridesApi {

    /** The path of the DNIS overrides of an assignment, below the interface's root. */
    String OVERRIDES = CloudRouteAssignedDestinationsApi.ASSIGNED + "/{cloudAssignedDestinationId}/dnisOverrides";

    /**
     * {@code
     * getCloudRouteProfileGroupsCloudRouteGroupIdCloudRouteProfilesCloudRouteProfileIdAssignedDestinationsCloudAssignedDestinationIdDnisOverrides}.
     */
    @GET
    @Path("/v1/admin/accounts" + OVERRIDES)
    List<CloudRouteAssignedOverride> list(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId,
            @PathParam("cloudAssignedDestinationId") int cloudAssignedDestinationId);

    /** {@code getOverride}. */
    @GET
    @Path("/v1/admin/accounts" + OVERRIDES + "/{cloudAssignedOverrideId}")
    CloudRouteAssignedOverride get(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId,
            @PathParam("cloudAssignedDestinationId") int cloudAssignedDestinationId,
            @PathParam("cloudAssignedOverrideId") int cloudAssignedOverrideId);

    /**
     * {@code createCloudRouteAssignedOverride} (see {@link CloudRouteAssignedOverride#of}); the answer holds the new
     * {@code assignedOverrideId}.
     *
     * @param cloudDestinationType the kind of the override's {@code routeDestination}
     */
    @POST
    @Path("/v1/admin/accounts" + OVERRIDES)
    @Consumes(MediaType.APPLICATION_JSON)
    CloudRouteAssignedOverride create(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId,
            @PathParam("cloudAssignedDestinationId") int cloudAssignedDestinationId,
            @QueryParam("cloudDestinationType") CloudDestinationType cloudDestinationType,
            CloudRouteAssignedOverride override);

    /**
     * {@code updateCloudRouteDestinationOverride2}: only the non-null properties of {@code changes} are sent and
     * changed.
     *
     * @param cloudDestinationType the kind of the override's {@code routeDestination}
     */
    @PUT
    @Path("/v1/admin/accounts" + OVERRIDES + "/{cloudAssignedOverrideId}")
    @Consumes(MediaType.APPLICATION_JSON)
    CloudRouteAssignedOverride update(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId,
            @PathParam("cloudAssignedDestinationId") int cloudAssignedDestinationId,
            @PathParam("cloudAssignedOverrideId") int cloudAssignedOverrideId,
            @QueryParam("cloudDestinationType") CloudDestinationType cloudDestinationType,
            CloudRouteAssignedOverride changes);

    /** {@code deleteCloudRouteAssignedOverride}: removes the DNIS override; whether the server did. */
    @DELETE
    @Path("/v1/admin/accounts" + OVERRIDES + "/{cloudAssignedOverrideId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean delete(@PathParam("accountId") String accountId, @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId,
            @PathParam("cloudAssignedDestinationId") int cloudAssignedDestinationId,
            @PathParam("cloudAssignedOverrideId") int cloudAssignedOverrideId);

    /**
     * {@code createCloudRouteAssignedOverrideList}: the raw request. Prefer
     * {@link #upload(String, int, int, int, boolean, Boolean, String, byte[])}, which builds {@code multipartBody}.
     *
     * @param replaceAll whether the file replaces every override of the assignment rather than adding to them
     * @param phoneNumbersI18nEnabled whether the file holds international numbers; {@code null} for the server's
     *        default ({@code false}): not sent
     * @param multipartBody a body made by {@link MultipartFile#body}
     */
    @POST
    @Path("/v1/admin/accounts" + OVERRIDES + "/batch")
    @Consumes(MultipartFile.MULTIPART_FORM_DATA)
    List<CloudRouteAssignedOverride> upload(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId,
            @PathParam("cloudAssignedDestinationId") int cloudAssignedDestinationId,
            @QueryParam("replaceAll") boolean replaceAll,
            @QueryParam("phoneNumbersI18nEnabled") Boolean phoneNumbersI18nEnabled, byte[] multipartBody);

    /**
     * {@code createCloudRouteAssignedOverrideList}: uploads a file of DNIS overrides, sent as the multipart part
     * {@code file} named {@code fileName}; the answer is the overrides created.
     *
     * @throws IllegalArgumentException when the file holds {@link MultipartFile#BOUNDARY} (nothing is sent)
     */
    default List<CloudRouteAssignedOverride> upload(String accountId, int cloudRouteGroupId, int cloudRouteProfileId,
            int cloudAssignedDestinationId, boolean replaceAll, Boolean phoneNumbersI18nEnabled, String fileName,
            byte[] file) {
        return upload(accountId, cloudRouteGroupId, cloudRouteProfileId, cloudAssignedDestinationId, replaceAll,
                phoneNumbersI18nEnabled, MultipartFile.body(fileName, file));
    }
}
