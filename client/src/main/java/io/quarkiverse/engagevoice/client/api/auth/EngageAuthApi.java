package io.quarkiverse.engagevoice.client.api.auth;

import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The authentication endpoints of current (RingCX / Engage) servers, at the host root ({@code /api/auth}), not
 * under the API root {@code /voice/api}. Every request goes without credentials; the answers, all of the shape
 * {@code {accessToken, refreshToken, tokenType, mainAccountId, agentDetails[], adminId, ...}}, are read by the
 * caller (errors included). The token exchange and the refresh send form bodies, as the documentation and the
 * official SDKs do (the OpenAPI files wrongly model them with query parameters).
 */
public interface EngageAuthApi {

    /**
     * The RingCentral token exchange: form {@code rcAccessToken=<token>&rcTokenType=Bearer}, no authorization
     * header. The server allows 5 per minute.
     *
     * @param includeRefresh whether the answer carries a refresh token (always {@code true} here)
     * @param form the URL-encoded form body
     */
    @POST
    @Path("/api/auth/login/rc/accesstoken")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    CompletionStage<Response> exchange(@QueryParam("includeRefresh") boolean includeRefresh, String form);

    /**
     * The refresh: form {@code refresh_token=<refreshToken>}. The answer holds a new refresh token each time
     * (rotation); the one presented is used up.
     *
     * @param form the URL-encoded form body
     */
    @POST
    @Path("/api/auth/token/refresh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    CompletionStage<Response> refresh(String form);

    /**
     * The direct Engage login: the credentials travel in the query, the body is empty.
     *
     * @param platformId the platform id, {@code null} to leave it out
     */
    @POST
    @Path("/api/auth/login/admin")
    @Produces(MediaType.APPLICATION_JSON)
    CompletionStage<Response> loginAdmin(@QueryParam("username") String username, @QueryParam("password") String password,
            @QueryParam("platformId") String platformId);
}
