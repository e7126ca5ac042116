package io.quarkiverse.engagevoice.client.api;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.User;

/** Admin users. */
@Produces(MediaType.APPLICATION_JSON)
public interface UsersApi {

    /**
     * {@code listAllUsers}.
     *
     * @param activeOnly only enabled users; {@code null} leaves the server's default
     * @param flatten a flat list instead of a tree of {@code children}; {@code null} leaves the server's default
     */
    @GET
    @Path("/v1/admin/users")
    List<User> list(@QueryParam("activeOnly") Boolean activeOnly, @QueryParam("flatten") Boolean flatten);

    /** {@code listAllUsers} with the server's defaults. */
    default List<User> list() {
        return list(null, null);
    }

    /**
     * {@code createUser}: the answer holds the new {@code userId}. The body is the API's {@code AdminUserRequest},
     * which has the properties of a {@link User}.
     *
     * @param parentUserId the user to create it under, {@code null} for the caller (not sent)
     * @param returnUri where the new user's password e-mail leads back to, {@code null} for none (not sent)
     * @param isSSO whether the user signs in by single sign-on, {@code null} for the server's default {@code false}
     */
    @POST
    @Path("/v1/admin/users")
    @Consumes(MediaType.APPLICATION_JSON)
    User create(@QueryParam("parentUserId") Integer parentUserId, @QueryParam("returnUri") String returnUri,
            @QueryParam("isSSO") Boolean isSSO, User user);

    /** {@code createUser} under the caller, with the server's defaults. */
    default User create(User user) {
        return create(null, null, null, user);
    }
}
