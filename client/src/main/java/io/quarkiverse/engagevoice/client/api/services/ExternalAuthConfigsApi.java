package io.quarkiverse.engagevoice.client.api.services;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.services.ApiKeyAuthConfig;
import io.quarkiverse.engagevoice.client.model.services.BasicAuthConfig;
import io.quarkiverse.engagevoice.client.model.services.CustomAuthConfig;
import io.quarkiverse.engagevoice.client.model.services.ExternalAuthConfig;
import io.quarkiverse.engagevoice.client.model.services.ExternalAuthConfigList;
import io.quarkiverse.engagevoice.client.model.services.JwtAuthConfig;
import io.quarkiverse.engagevoice.client.model.services.OAuthAuthConfig;
import io.quarkiverse.engagevoice.client.model.services.OAuthAuthorizationUrl;
import io.quarkiverse.engagevoice.client.model.services.OAuthProvider;

/**
 * External authentication configurations: credentials RingCX uses to call remote services (tag 'External Auth
 * Configurations'). {@code accountId} may be {@code ~}. The caller chooses the {@code authConfigId} of a new
 * configuration: a UUID, such as {@code UUID.randomUUID().toString()}. Each type is created with POST and changed
 * with PATCH under its own path; a change sends the non-null properties of its body, among them the
 * {@code authType} every body carries.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface ExternalAuthConfigsApi {

    /**
     * {@code getExternalAuthConfigsList}.
     *
     * @param page zero-based page, {@code null} for the server's default
     * @param maxRows page size, {@code null} for the server's default
     */
    @GET
    @Path("/v1/admin/accounts/{accountId}/external/authConfigs")
    ExternalAuthConfigList list(@PathParam("accountId") String accountId, @QueryParam("page") Integer page,
            @QueryParam("maxRows") Integer maxRows);

    /** {@code getExternalAuthConfigsList}, first page with the server's default size. */
    default ExternalAuthConfigList list(String accountId) {
        return list(accountId, null, null);
    }

    /** {@code getExternalAuthConfigById}: the configuration, whatever its type. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/external/authConfigs/{authConfigId}")
    ExternalAuthConfig get(@PathParam("accountId") String accountId, @PathParam("authConfigId") String authConfigId);

    /** {@code deleteExternalAuthConfigById}: the answer has no body; a failure is an exception. */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/external/authConfigs/{authConfigId}")
    void delete(@PathParam("accountId") String accountId, @PathParam("authConfigId") String authConfigId);

    /** {@code getExternalAccountAuthConfigOauthInfo}: where a user authorizes {@code oauthProvider}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/external/authConfigs/oauth/info")
    OAuthAuthorizationUrl oauthAuthorizationUrl(@PathParam("accountId") String accountId,
            @QueryParam("oauthProvider") OAuthProvider oauthProvider);

    /** {@code createExternalAccountAuthConfigApiKey}. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/external/authConfigs/{authConfigId}/apiKey")
    @Consumes(MediaType.APPLICATION_JSON)
    ApiKeyAuthConfig createApiKey(@PathParam("accountId") String accountId,
            @PathParam("authConfigId") String authConfigId, ApiKeyAuthConfig config);

    /** {@code patchExternalAuthConfigApiKey}. */
    @PATCH
    @Path("/v1/admin/accounts/{accountId}/external/authConfigs/{authConfigId}/apiKey")
    @Consumes(MediaType.APPLICATION_JSON)
    ApiKeyAuthConfig updateApiKey(@PathParam("accountId") String accountId,
            @PathParam("authConfigId") String authConfigId, ApiKeyAuthConfig changes);

    /** {@code createExternalAccountAuthConfigBasic}. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/external/authConfigs/{authConfigId}/basic")
    @Consumes(MediaType.APPLICATION_JSON)
    BasicAuthConfig createBasic(@PathParam("accountId") String accountId,
            @PathParam("authConfigId") String authConfigId, BasicAuthConfig config);

    /** {@code patchExternalAuthConfigBasic}. */
    @PATCH
    @Path("/v1/admin/accounts/{accountId}/external/authConfigs/{authConfigId}/basic")
    @Consumes(MediaType.APPLICATION_JSON)
    BasicAuthConfig updateBasic(@PathParam("accountId") String accountId,
            @PathParam("authConfigId") String authConfigId, BasicAuthConfig changes);

    /** {@code createExternalAccountAuthConfigCustomAuth}. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/external/authConfigs/{authConfigId}/customAuth")
    @Consumes(MediaType.APPLICATION_JSON)
    CustomAuthConfig createCustomAuth(@PathParam("accountId") String accountId,
            @PathParam("authConfigId") String authConfigId, CustomAuthConfig config);

    /** {@code patchExternalAuthConfigCustomAuth}. */
    @PATCH
    @Path("/v1/admin/accounts/{accountId}/external/authConfigs/{authConfigId}/customAuth")
    @Consumes(MediaType.APPLICATION_JSON)
    CustomAuthConfig updateCustomAuth(@PathParam("accountId") String accountId,
            @PathParam("authConfigId") String authConfigId, CustomAuthConfig changes);

    /** {@code createExternalAccountAuthConfigJwt}. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/external/authConfigs/{authConfigId}/jwt")
    @Consumes(MediaType.APPLICATION_JSON)
    JwtAuthConfig createJwt(@PathParam("accountId") String accountId, @PathParam("authConfigId") String authConfigId,
            JwtAuthConfig config);

    /** {@code patchExternalAuthConfigJwt}. */
    @PATCH
    @Path("/v1/admin/accounts/{accountId}/external/authConfigs/{authConfigId}/jwt")
    @Consumes(MediaType.APPLICATION_JSON)
    JwtAuthConfig updateJwt(@PathParam("accountId") String accountId, @PathParam("authConfigId") String authConfigId,
            JwtAuthConfig changes);

    /** {@code createExternalAccountAuthConfigOAuth}. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/external/authConfigs/{authConfigId}/oauth")
    @Consumes(MediaType.APPLICATION_JSON)
    OAuthAuthConfig createOAuth(@PathParam("accountId") String accountId,
            @PathParam("authConfigId") String authConfigId, OAuthAuthConfig config);

    /** {@code patchExternalAuthConfigOAuth}. */
    @PATCH
    @Path("/v1/admin/accounts/{accountId}/external/authConfigs/{authConfigId}/oauth")
    @Consumes(MediaType.APPLICATION_JSON)
    OAuthAuthConfig updateOAuth(@PathParam("accountId") String accountId,
            @PathParam("authConfigId") String authConfigId, OAuthAuthConfig changes);
}
