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

import io.quarkiverse.engagevoice.client.api.UsersApi;
import io.quarkiverse.engagevoice.client.model.ActiveState;
import io.quarkiverse.engagevoice.client.model.User;
import io.quarkiverse.engagevoice.client.model.admin.AccountAssignment;

/**
 * Admin users, the operations of the API's "Users" tag that {@link UsersApi} (list and create) lacks. Users are named
 * by their numeric {@code userId}. Account ids sent as query parameters must be real ids: {@code ~} is resolved only
 * in paths.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface UserManagementApi {

    /** {@code getUser}. */
    @GET
    @Path("/v1/admin/users/{userId}")
    User get(@PathParam("userId") int userId);

    /**
     * {@code updateUser}: only the non-null properties of {@code changes} are sent. The body is the API's
     * {@code AdminUserRequest}, which has the properties of a {@link User}.
     */
    @PUT
    @Path("/v1/admin/users/{userId}")
    @Consumes(MediaType.APPLICATION_JSON)
    User update(@PathParam("userId") int userId, User changes);

    /**
     * {@code deleteUser}.
     *
     * @param reassignUserId the user who takes over the deleted user's children, {@code null} for none (not sent)
     * @param cascadeDelete whether the children are deleted too, {@code null} for the server's default {@code true}
     */
    @DELETE
    @Path("/v1/admin/users/{userId}")
    void delete(@PathParam("userId") int userId, @QueryParam("reassignUserId") Integer reassignUserId,
            @QueryParam("cascadeDelete") Boolean cascadeDelete);

    /** {@code deleteUser} with the server's defaults (its children are deleted with it). */
    default void delete(int userId) {
        delete(userId, null, null);
    }

    /** {@code listAllUsersChildren}: the users under {@code userId}, as a tree of {@code children}. */
    @GET
    @Path("/v1/admin/users/{userId}/children")
    List<User> listChildren(@PathParam("userId") int userId);

    /**
     * {@code isUserNameTaken}: whether {@code userName} is free. The OpenAPI file types the answer only as an
     * object, so it is returned as the server sent it.
     */
    @GET
    @Path("/v1/admin/users/availableUserNames")
    Map<String, Object> checkUserName(@QueryParam("userName") String userName);

    /** {@code reassignUsers}: moves every child of {@code oldUserId} under {@code reassignUserId}. */
    @PUT
    @Path("/v1/admin/users/reassign")
    void reassignChildren(@QueryParam("oldUserId") int oldUserId, @QueryParam("reassignUserId") int reassignUserId);

    /**
     * {@code createRootUser}: a user at the top of the hierarchy (needs the {@code SUPER_USER} role).
     *
     * @param returnUri where the new user's password e-mail leads back to, {@code null} for none (not sent)
     * @param isSSO whether the user signs in by single sign-on, {@code null} for the server's default {@code false}
     */
    @POST
    @Path("/v1/admin/users/root")
    @Consumes(MediaType.APPLICATION_JSON)
    User createRoot(@QueryParam("returnUri") String returnUri, @QueryParam("isSSO") Boolean isSSO, User user);

    /** {@code createRootUser} with the server's defaults. */
    default User createRoot(User user) {
        return createRoot(null, null, user);
    }

    /**
     * {@code assignAccountToRootUser}: whether the server assigned the account.
     *
     * @param accountId a real account id (not {@code ~})
     * @param isMaster whether the account is assigned as a main account, {@code null} for the server's default
     *        {@code false}
     */
    @POST
    @Path("/v1/admin/users/root/{userId}/assignAccount")
    boolean assignAccountToRootUser(@PathParam("userId") int userId, @QueryParam("accountId") String accountId,
            @QueryParam("isMaster") Boolean isMaster);

    /**
     * {@code assignAccountToAnyUser}: whether the server assigned the account.
     *
     * @param accountId a real account id (not {@code ~})
     * @param isMaster whether the account is assigned as a main account, {@code null} for the server's default
     *        {@code false}
     */
    @POST
    @Path("/v1/admin/users/{userId}/assignAccountToAnyUser")
    boolean assignAccount(@PathParam("userId") int userId, @QueryParam("accountId") String accountId,
            @QueryParam("isMaster") Boolean isMaster);

    /** {@code assignAccountToAnyUser2}: assigns several accounts at once; the rights documents that now hold them. */
    @POST
    @Path("/v1/admin/users/{userId}/bulkAssignAccountToAnyUser")
    @Consumes(MediaType.APPLICATION_JSON)
    List<AccountAssignment> assignAccounts(@PathParam("userId") int userId, List<String> accountIds);

    /** {@code setUserIsActive}: enables or disables the user; whether the server did. */
    @PUT
    @Path("/v1/admin/users/{userId}/setIsActive")
    @Consumes(MediaType.APPLICATION_JSON)
    boolean setActive(@PathParam("userId") int userId, ActiveState state);

    /** {@code setUserIsActive}: enables or disables the user; whether the server did. */
    default boolean setActive(int userId, boolean active) {
        return setActive(userId, ActiveState.of(active));
    }
}
