package io.quarkiverse.engagevoice.client.api.auth;

import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The login of legacy servers, {@code {host}/api/v1/auth/login}. The answer
 * {@code {authToken, accounts[], user, platformHost}} is read by the caller (errors included); the
 * {@code authToken} is then sent as {@code X-Auth-Token}.
 */
public interface LegacyAuthApi {

    /**
     * Form {@code username}, {@code password}, {@code stayLoggedIn}.
     *
     * @param form the URL-encoded form body
     */
    @POST
    @Path("/api/v1/auth/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    CompletionStage<Response> login(String form);
}
