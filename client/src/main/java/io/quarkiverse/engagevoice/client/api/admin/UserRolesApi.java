package io.quarkiverse.engagevoice.client.api.admin;

import java.util.List;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.admin.RoleType;

/**
 * The roles of an admin user (needs the {@code MANAGE_USERS} or {@code SUPER_USER} role). Roles are the names of
 * {@link RoleType}; they are read as strings so that a role unknown to this client does not break a listing.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface UserRolesApi {

    /** {@code getRoles}: the names of the user's roles. */
    @GET
    @Path("/v1/admin/users/{userId}/roles")
    List<String> list(@PathParam("userId") int userId);

    /** {@code addRole}: whether the server added it. */
    @POST
    @Path("/v1/admin/users/{userId}/roles/{roleType}")
    boolean add(@PathParam("userId") int userId, @PathParam("roleType") String roleType);

    /** {@code addRole}: whether the server added it. */
    default boolean add(int userId, RoleType role) {
        return add(userId, role.name());
    }

    /** {@code removeRole}: whether the server removed it. */
    @DELETE
    @Path("/v1/admin/users/{userId}/roles/{roleType}")
    boolean remove(@PathParam("userId") int userId, @PathParam("roleType") String roleType);

    /** {@code removeRole}: whether the server removed it. */
    default boolean remove(int userId, RoleType role) {
        return remove(userId, role.name());
    }
}
