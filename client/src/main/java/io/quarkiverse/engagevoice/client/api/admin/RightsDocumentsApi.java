package io.quarkiverse.engagevoice.client.api.admin;

import java.util.List;
import java.util.Map;

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

import io.quarkiverse.engagevoice.client.model.User;
import io.quarkiverse.engagevoice.client.model.admin.RightsDocument;

/**
 * Rights documents: the permissions of admin users. A user owns documents, regular ones (one account) and master
 * ones (a main account and its sub-accounts, managed by {@code SUPER_USER}s), and is assigned documents owned by
 * others. The listings answer maps keyed by account id. Needs the {@code MANAGE_RIGHTS} or {@code SUPER_USER} role.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface RightsDocumentsApi {

    // the documents a user owns

    /** {@code getRightsDocs}: the user's rights documents by account id. */
    @GET
    @Path("/v1/admin/users/{userId}/rightsDocs")
    Map<String, List<RightsDocument>> list(@PathParam("userId") int userId);

    /** {@code getRightsDoc2}. */
    @GET
    @Path("/v1/admin/users/{userId}/rightsDocs/{rightsDocId}")
    RightsDocument get(@PathParam("userId") int userId, @PathParam("rightsDocId") int rightsDocId);

    /** {@code createRightsDoc2}: the answer holds the new {@code rightsDocId}. */
    @POST
    @Path("/v1/admin/users/{userId}/rightsDocs")
    @Consumes(MediaType.APPLICATION_JSON)
    RightsDocument create(@PathParam("userId") int userId, RightsDocument document);

    /** {@code updateRightsDoc2}: only the non-null properties of {@code changes} are sent. */
    @PUT
    @Path("/v1/admin/users/{userId}/rightsDocs/{rightsDocId}")
    @Consumes(MediaType.APPLICATION_JSON)
    RightsDocument update(@PathParam("userId") int userId, @PathParam("rightsDocId") int rightsDocId,
            RightsDocument changes);

    /** {@code deleteRightsDoc2}. */
    @DELETE
    @Path("/v1/admin/users/{userId}/rightsDocs/{rightsDocId}")
    void delete(@PathParam("userId") int userId, @PathParam("rightsDocId") int rightsDocId);

    /**
     * {@code getUsersRightsDocsByMasterDoc}: the user's rights documents by account id, sub-accounts included.
     *
     * @param enablePreBuiltRoles whether the pre-built roles are listed too, {@code null} for the server's default
     *        {@code false} (not sent)
     */
    @GET
    @Path("/v1/admin/users/{userId}/rightsDocsWithSubAccounts")
    Map<String, List<RightsDocument>> listWithSubAccounts(@PathParam("userId") int userId,
            @QueryParam("enablePreBuiltRoles") Boolean enablePreBuiltRoles);

    // master documents

    /** {@code getUsersRightsDocs}: the user's master rights documents by account id. */
    @GET
    @Path("/v1/admin/users/{userId}/masterRightsDocs")
    Map<String, List<RightsDocument>> listMaster(@PathParam("userId") int userId);

    /** {@code getRightsDoc}: one master rights document. */
    @GET
    @Path("/v1/admin/users/{userId}/masterRightsDocs/{rightsDocId}")
    RightsDocument getMaster(@PathParam("userId") int userId, @PathParam("rightsDocId") int rightsDocId);

    /** {@code createRightsDoc}: a new master rights document; the answer holds its {@code rightsDocId}. */
    @POST
    @Path("/v1/admin/users/{userId}/masterRightsDocs")
    @Consumes(MediaType.APPLICATION_JSON)
    RightsDocument createMaster(@PathParam("userId") int userId, RightsDocument document);

    /** {@code updateRightsDoc}: only the non-null properties of {@code changes} are sent. */
    @PUT
    @Path("/v1/admin/users/{userId}/masterRightsDocs/{rightsDocId}")
    @Consumes(MediaType.APPLICATION_JSON)
    RightsDocument updateMaster(@PathParam("userId") int userId, @PathParam("rightsDocId") int rightsDocId,
            RightsDocument changes);

    /** {@code deleteRightsDoc}: deletes a master rights document. */
    @DELETE
    @Path("/v1/admin/users/{userId}/masterRightsDocs/{rightsDocId}")
    void deleteMaster(@PathParam("userId") int userId, @PathParam("rightsDocId") int rightsDocId);

    // owned and assigned listings

    /** {@code getUsersOwnedRightsDocs2}: the rights documents the user owns, by account id. */
    @GET
    @Path("/v1/admin/users/{userId}/ownedRightsDocs")
    Map<String, List<RightsDocument>> listOwned(@PathParam("userId") int userId);

    /** {@code getUsersOwnedRightsDocs}: the master rights documents the user owns, by account id. */
    @GET
    @Path("/v1/admin/users/{userId}/ownedMasterRightsDocs")
    Map<String, List<RightsDocument>> listOwnedMaster(@PathParam("userId") int userId);

    /** {@code getUsersAssignedRightsDocs2}: the rights documents assigned to the user, by account id. */
    @GET
    @Path("/v1/admin/users/{userId}/assignedRightsDocs")
    Map<String, List<RightsDocument>> listAssigned(@PathParam("userId") int userId);

    /** {@code getUsersAssignedRightsDocs}: the master rights documents assigned to the user, by account id. */
    @GET
    @Path("/v1/admin/users/{userId}/assignedMasterRightsDocs")
    Map<String, List<RightsDocument>> listAssignedMaster(@PathParam("userId") int userId);

    /** {@code getAggregatedRightsDocForAllAccounts}: per account id, the user's documents merged into one. */
    @GET
    @Path("/v1/admin/users/{userId}/aggregatedRightsDocs")
    Map<String, RightsDocument> aggregated(@PathParam("userId") int userId);

    /**
     * {@code getEffectiveAssignedRightsDocForAllAccounts}: per account id, what the user may do: the master and
     * regular documents assigned to it, merged.
     */
    @GET
    @Path("/v1/admin/users/{userId}/effectiveAssignedRightsDocs")
    Map<String, RightsDocument> effective(@PathParam("userId") int userId);

    // assignments

    /** {@code getRightsDocAssignments}: the users a rights document is assigned to. */
    @GET
    @Path("/v1/admin/rightsDocs/{rightsDocId}/assignments")
    List<User> listAssignedUsers(@PathParam("rightsDocId") int rightsDocId);

    /** {@code assignRightsDoc}: assigns the document to {@code userIds} (repeated keys); whether the server did. */
    @POST
    @Path("/v1/admin/rightsDocs/{rightsDocId}/assignments")
    boolean assign(@PathParam("rightsDocId") int rightsDocId, @QueryParam("userIds") List<Integer> userIds);

    /** {@code deleteRightsDocAssignment}: takes the document away from one user. */
    @DELETE
    @Path("/v1/admin/rightsDocs/{rightsDocId}/assignments/{assignedUserId}")
    void unassign(@PathParam("rightsDocId") int rightsDocId, @PathParam("assignedUserId") int assignedUserId);
}
