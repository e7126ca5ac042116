package io.quarkiverse.engagevoice.client.api.admin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.admin.AuthenticatedSession;
import io.quarkiverse.engagevoice.client.model.admin.LoginView;

/**
 * The user authentication utilities: the login view, session duplication, token checks and password resets. The API
 * takes passwords and reset tokens as query parameters (never a body), so they appear in request URIs: keep such
 * calls out of access logs.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface UserAuthUtilitiesApi {

    /** {@code getUserLoginView}: what the login answered, for the user already authenticated, and the host name. */
    @GET
    @Path("/v1/admin/auth")
    LoginView loginView();

    /** {@code duplicateAuthenticatedUsers}: a copy of the caller's session, with a new token. */
    @POST
    @Path("/v1/admin/users/duplicateAuthenticatedUser")
    AuthenticatedSession duplicateSession();

    /** {@code securedPasswordRequestRequest}: changes the caller's password; whether the server did. */
    @POST
    @Path("/v1/admin/users/passwordReset")
    boolean changePassword(@QueryParam("currentPassword") String currentPassword,
            @QueryParam("newPassword") String newPassword);

    /**
     * {@code securePasswordRequestResetForUse}: resets a user's password and e-mails a reset link; whether the server
     * did.
     *
     * @param returnPath where the e-mailed link leads
     * @param resetViaEngageAuth whether the reset goes through Engage authentication, {@code null} for the server's
     *        default {@code false}
     */
    @POST
    @Path("/v1/admin/users/{userId}/passwordReset")
    boolean sendPasswordReset(@PathParam("userId") int userId, @QueryParam("returnPath") String returnPath,
            @QueryParam("resetViaEngageAuth") Boolean resetViaEngageAuth);

    /** {@code securePasswordRequestResetForUse} with the server's default. */
    default boolean sendPasswordReset(int userId, String returnPath) {
        return sendPasswordReset(userId, returnPath, null);
    }

    /** {@code isTokenValid}: whether {@code token} (a password-reset token) is still valid. */
    @GET
    @Path("/v1/auth/isTokenValid")
    boolean isTokenValid(@QueryParam("token") String token);

    /** {@code passwordReset}: sets a new password with the token of a reset e-mail; whether the server did. */
    @POST
    @Path("/v1/auth/passwordReset")
    boolean resetPassword(@QueryParam("token") String token, @QueryParam("password") String password);

    /**
     * {@code passwordResetRequest}: e-mails a locked-out user a reset link leading to {@code returnPath}; whether the
     * server did.
     */
    @POST
    @Path("/v1/auth/passwordResetRequest")
    boolean requestPasswordReset(@QueryParam("userName") String userName, @QueryParam("returnPath") String returnPath);
}
