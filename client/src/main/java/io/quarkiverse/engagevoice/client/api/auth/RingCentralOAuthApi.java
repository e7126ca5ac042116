package io.quarkiverse.engagevoice.client.api.auth;

import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The RingCentral platform's token endpoint, relative to the platform's base URL (by default
 * {@code https://platform.ringcentral.com}). Used by the client's token lifecycle only: it carries no Engage
 * credential, and its answers are read by the caller (errors included), so that no exception mapper sees them.
 */
public interface RingCentralOAuthApi {

    /**
     * The JWT grant: {@code Authorization: Basic base64(clientId:clientSecret)}, form
     * {@code grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=<jwt>}. Answers
     * {@code {access_token, expires_in, refresh_token, ...}}.
     *
     * @param authorization the {@code Basic} value
     * @param form the URL-encoded form body
     */
    @POST
    @Path("/restapi/oauth/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    CompletionStage<Response> token(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String form);
}
