package io.quarkiverse.engagevoice.client.api.auth;

import java.util.Map;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.auth.LoginSession;

/**
 * The token operations an integrator calls on current servers, at the host root ({@code /api/auth}), listed by the
 * older full OpenAPI file. Each takes the token it is about, so it goes without the client's own credentials and
 * outside its 401 replay: a token that is not valid any more answers 401, reported as it is, never retried. Build
 * it like the other authentication interfaces, with the host root as base URI (see the docs page on operations).
 */
public interface AuthApi {

    /** The {@code Authorization} value of an access token. */
    static String bearer(String accessToken) {
        return "Bearer " + accessToken;
    }

    /**
     * {@code verifyAccessToken}: whether the server takes the token; the plain-text answer as it is.
     *
     * @param authorization {@code Bearer <access token>} ({@link #bearer})
     */
    @GET
    @Path("/api/auth/token/validate")
    @Produces(MediaType.TEXT_PLAIN)
    String validate(@HeaderParam("Authorization") String authorization);

    /**
     * {@code getClaimsForAccessToken}: the claims of the token, by name (the file types the answer as a bare
     * object).
     *
     * @param authorization {@code Bearer <access token>} ({@link #bearer})
     */
    @GET
    @Path("/api/auth/token/claims")
    @Produces(MediaType.APPLICATION_JSON)
    Map<String, Object> claims(@HeaderParam("Authorization") String authorization);

    /**
     * {@code getAccessTokenUserDetails}: the session of the token: its user, the agents it may act as, the URLs.
     *
     * @param authorization {@code Bearer <access token>} ({@link #bearer})
     */
    @GET
    @Path("/api/auth/login")
    @Produces(MediaType.APPLICATION_JSON)
    LoginSession session(@HeaderParam("Authorization") String authorization);

    /**
     * {@code logoutEngageAuthUser}: ends the session of the refresh token, which the file puts in the path; the
     * plain-text answer as it is (empty for a 204).
     */
    @DELETE
    @Path("/api/auth/logout/{refreshToken}")
    @Produces(MediaType.TEXT_PLAIN)
    String logout(@PathParam("refreshToken") String refreshToken);

    /**
     * {@code loginAgent}: the agent login; the credentials travel in the query and the body is empty, as the file
     * documents it (like the Engage login).
     *
     * @param platformId the platform id, {@code null} to leave it out
     */
    @POST
    @Path("/api/auth/login/agent")
    @Produces(MediaType.APPLICATION_JSON)
    LoginSession loginAgent(@QueryParam("username") String username, @QueryParam("password") String password,
            @QueryParam("platformId") String platformId);
}
