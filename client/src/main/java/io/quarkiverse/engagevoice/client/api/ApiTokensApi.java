package io.quarkiverse.engagevoice.client.api;

import java.util.List;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Permanent API tokens of the logged-in user. They never expire and are sent as {@code X-Auth-Token}; every create
 * makes another one, so keep what {@link #create()} returns and revoke tokens you no longer use.
 */
public interface ApiTokensApi {

    /** {@code createApiTokenForLoggedInUser}: the new token, such as {@code aws80:c2353445-...}. */
    @POST
    @Path("/v1/admin/token")
    @Produces(MediaType.TEXT_PLAIN)
    String create();

    /** {@code getApiTokensForLoggedInUser}. */
    @GET
    @Path("/v1/admin/token")
    @Produces(MediaType.APPLICATION_JSON)
    List<String> list();

    /** {@code removeApiToken}. */
    @DELETE
    @Path("/v1/admin/token/{token}")
    @Produces({ MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON })
    void revoke(@PathParam("token") String token);
}
