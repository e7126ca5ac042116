package io.quarkiverse.engagevoice.mockserver.internal.auth;

import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.RC_CLIENT_ID;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.RC_CLIENT_SECRET;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.RC_JWT_ASSERTION;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.RC_USER_ID;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.json.Json;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiException;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiRequest;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiResponse;
import io.quarkiverse.engagevoice.mockserver.internal.routing.Endpoint;
import io.quarkiverse.engagevoice.mockserver.internal.routing.QueryParams;

/**
 * The RingCentral platform's token endpoint, JWT grant only ({@code POST /restapi/oauth/token}). Errors use
 * RingCentral's OAuth shape: {@code {"error", "errors":[{"errorCode","message"}], "error_description"}}. The answer
 * has no refresh token because the simulator does not implement RingCentral's refresh grant.
 */
public final class RcPlatformEndpoints {

    static final String JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final Sessions sessions;

    public RcPlatformEndpoints(Sessions sessions) {
        this.sessions = sessions;
    }

    public Endpoint token() {
        return request -> {
            requireClient(request);
            QueryParams form = request.form();
            String grantType = form.first("grant_type");
            if (grantType == null) {
                throw oauthError(400, "invalid_request", "OAU-250", "Unsupported grant type");
            }
            if (!JWT_GRANT.equals(grantType)) {
                throw oauthError(400, "unsupported_grant_type", "OAU-250", "Unsupported grant type");
            }
            String assertion = form.first("assertion");
            if (assertion == null || assertion.isEmpty()) {
                throw oauthError(400, "invalid_request", "OAU-101", "Parameter [assertion] is invalid");
            }
            if (!RC_JWT_ASSERTION.equals(assertion)) {
                throw oauthError(400, "invalid_grant", "OAU-211", "Invalid JWT token");
            }
            ObjectNode token = Json.object();
            token.put("access_token", sessions.issueRcToken(request.now()));
            token.put("token_type", "bearer");
            token.put("expires_in", Sessions.RC_TOKEN_TTL.toSeconds());
            token.put("scope", "ReadAccounts");
            token.put("owner_id", String.valueOf(RC_USER_ID));
            token.put("endpoint_id", "engage-voice-simulator");
            return ApiResponse.ok(token);
        };
    }

    private static void requireClient(ApiRequest request) {
        String authorization = request.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw oauthError(401, "invalid_client", "OAU-123", "Client authentication is required");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw oauthError(401, "invalid_client", "OAU-123", "Client authentication is required");
        }
        int colon = decoded.indexOf(':');
        String clientId = colon < 0 ? decoded : decoded.substring(0, colon);
        String secret = colon < 0 ? "" : decoded.substring(colon + 1);
        if (!RC_CLIENT_ID.equals(clientId) || !RC_CLIENT_SECRET.equals(secret)) {
            throw oauthError(401, "invalid_client", "OAU-123", "Invalid client: " + clientId);
        }
    }

    private static ApiException oauthError(int status, String error, String code, String message) {
        ObjectNode body = Json.object();
        body.put("error", error);
        ObjectNode detail = body.putArray("errors").addObject();
        detail.put("errorCode", code);
        detail.put("message", message);
        body.put("error_description", message);
        return ApiException.withResponse(ApiResponse.json(status, body));
    }
}
