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
import io.quarkiverse.engagevoice.client.model.routing.CloudRouteDestinationOverride;

/**
 * The DNIS overrides of a cloud route destination: calls to a given dialled number go elsewhere than the
 * destination's own address. {@code accountId} may be {@code ~}: the account the client works on. The overrides of a
 * destination as assigned to a profile are {@link CloudRouteAssignedOverridesApi}.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface CloudRouteDestinationOverridesApi {

    /** The path of the DNIS overrides of a destination, below the interface's root. */
    String OVERRIDES = CloudRouteDestinationsApi.DESTINATIONS + "/{cloudRouteDestinationId}/dnisOverrides";

    /** {@code getDnisOverrideList}. */
    @GET
    @Path("/v1/admin/accounts" + OVERRIDES)
    List<CloudRouteDestinationOverride> list(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteDestinationId") int cloudRouteDestinationId);

    /** {@code getCloudRouteDestinationOverride}. */
    @GET
    @Path("/v1/admin/accounts" + OVERRIDES + "/{cloudRouteDestinationOverrideId}")
    CloudRouteDestinationOverride get(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteDestinationId") int cloudRouteDestinationId,
            @PathParam("cloudRouteDestinationOverrideId") int cloudRouteDestinationOverrideId);

    /**
     * {@code createDnisOverride} (see {@link CloudRouteDestinationOverride#of}); the answer holds the new
     * {@code destOverrideId}.
     *
     * @param cloudDestinationType the kind of the override's {@code routeDestination}
     */
    @POST
    @Path("/v1/admin/accounts" + OVERRIDES)
    @Consumes(MediaType.APPLICATION_JSON)
    CloudRouteDestinationOverride create(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteDestinationId") int cloudRouteDestinationId,
            @QueryParam("cloudDestinationType") CloudDestinationType cloudDestinationType,
            CloudRouteDestinationOverride override);

    /**
     * {@code updateCloudRouteDestinationOverride}: only the non-null properties of {@code changes} are sent and
     * changed.
     *
     * @param cloudDestinationType the kind of the override's {@code routeDestination}
     */
    @PUT
    @Path("/v1/admin/accounts" + OVERRIDES + "/{cloudRouteDestinationOverrideId}")
    @Consumes(MediaType.APPLICATION_JSON)
    CloudRouteDestinationOverride update(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteDestinationId") int cloudRouteDestinationId,
            @PathParam("cloudRouteDestinationOverrideId") int cloudRouteDestinationOverrideId,
            @QueryParam("cloudDestinationType") CloudDestinationType cloudDestinationType,
            CloudRouteDestinationOverride changes);

    /** {@code deleteCloudRoute}: removes the DNIS override; whether the server did. */
    @DELETE
    @Path("/v1/admin/accounts" + OVERRIDES + "/{cloudRouteDestinationOverrideId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean delete(@PathParam("accountId") String accountId, @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteDestinationId") int cloudRouteDestinationId,
            @PathParam("cloudRouteDestinationOverrideId") int cloudRouteDestinationOverrideId);

    /**
     * {@code createDnisOverrideBatch}: the raw request. Prefer
     * {@link #upload(String, int, int, boolean, Boolean, String, byte[])}, which builds {@code multipartBody}.
     *
     * @param replaceAll whether the file replaces every override of the destination rather than adding to them
     * @param phoneNumbersI18nEnabled whether the file holds international numbers; {@code null} for the server's
     *        default ({@code false}): not sent
     * @param multipartBody a body made by {@link MultipartFile#body}
     */
    @POST
    @Path("/v1/admin/accounts" + OVERRIDES + "/batch")
    @Consumes(MultipartFile.MULTIPART_FORM_DATA)
    List<CloudRouteDestinationOverride> upload(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteDestinationId") int cloudRouteDestinationId,
            @QueryParam("replaceAll") boolean replaceAll,
            @QueryParam("phoneNumbersI18nEnabled") Boolean phoneNumbersI18nEnabled, byte[] multipartBody);

    /**
     * {@code createDnisOverrideBatch}: uploads a file of DNIS overrides, sent as the multipart part {@code file} named
     * {@code fileName}; the answer is the overrides created.
     *
     * @throws IllegalArgumentException when the file holds {@link MultipartFile#BOUNDARY} (nothing is sent)
     */
    default List<CloudRouteDestinationOverride> upload(String accountId, int cloudRouteGroupId,
            int cloudRouteDestinationId, boolean replaceAll, Boolean phoneNumbersI18nEnabled, String fileName,
            byte[] file) {
        return upload(accountId, cloudRouteGroupId, cloudRouteDestinationId, replaceAll, phoneNumbersI18nEnabled,
                MultipartFile.body(fileName, file));
    }
}
