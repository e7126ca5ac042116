package io.quarkiverse.engagevoice.client.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.User;

/** Admin users. */
@Path("/v1/admin/users")
@Produces(MediaType.APPLICATION_JSON)
public interface UsersApi {

    /**
     * {@code listAllUsers}.
     *
     * @param activeOnly only enabled users; {@code null} leaves the server's default
     * @param flatten a flat list instead of a tree of {@code children}; {@code null} leaves the server's default
     */
    @GET
    List<User> list(@QueryParam("activeOnly") Boolean activeOnly, @QueryParam("flatten") Boolean flatten);

    /** {@code listAllUsers} with the server's defaults. */
    default List<User> list() {
        return list(null, null);
    }
}
