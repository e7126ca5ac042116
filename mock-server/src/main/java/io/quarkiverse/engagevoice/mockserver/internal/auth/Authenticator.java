package io.quarkiverse.engagevoice.mockserver.internal.auth;

import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

import io.quarkiverse.engagevoice.mockserver.internal.data.ContactCentre;
import io.quarkiverse.engagevoice.mockserver.internal.model.Layout;
import io.quarkiverse.engagevoice.mockserver.internal.model.Principal;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiException;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiRequest;

/**
 * Decides who an API request is. Current layout: {@code Authorization: Bearer <accessToken>} or
 * {@code X-Auth-Token: <apiToken>}. Legacy layout: {@code X-Auth-Token} with a legacy auth token or an API token.
 * Every refusal is a plain-text 401.
 */
public final class Authenticator {

    public static final String MISSING = "Full authentication is required to access this resource";
    public static final String EXPIRED_JWT = "Jwt is expired";
    public static final String INVALID = "Invalid token";
    public static final String EXPIRED_LEGACY = "Token is expired";

    private final Layout layout;
    private final Supplier<ContactCentre> data;
    private final AccessTokens accessTokens;
    private final Sessions sessions;

    public Authenticator(Layout layout, Supplier<ContactCentre> data, AccessTokens accessTokens, Sessions sessions) {
        this.layout = layout;
        this.data = data;
        this.accessTokens = accessTokens;
        this.sessions = sessions;
    }

    public Principal authenticate(ApiRequest request) {
        String authorization = request.header("Authorization");
        String authToken = request.header("X-Auth-Token");
        if (layout == Layout.CURRENT && authorization != null) {
            return bearer(authorization, request);
        }
        if (authToken != null) {
            return xAuthToken(authToken.trim(), request);
        }
        throw ApiException.unauthorized(MISSING);
    }

    private Principal bearer(String authorization, ApiRequest request) {
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthorized(INVALID);
        }
        AccessTokens.Verification verification = accessTokens.verify(authorization.substring(7).trim(),
                request.now());
        return switch (verification.verdict()) {
            case VALID -> principal(verification.userId(), Principal.Credential.ACCESS_TOKEN);
            case EXPIRED -> throw ApiException.unauthorized(EXPIRED_JWT);
            case INVALID -> throw ApiException.unauthorized(INVALID);
        };
    }

    private Principal xAuthToken(String token, ApiRequest request) {
        OptionalInt owner = data.get().apiTokens.owner(token);
        if (owner.isPresent()) {
            return principal(owner.getAsInt(), Principal.Credential.API_TOKEN);
        }
        if (layout == Layout.LEGACY) {
            Sessions.LegacyCheck check = sessions.useLegacyToken(token, request.now());
            switch (check.verdict()) {
                case VALID:
                    return principal(check.userId(), Principal.Credential.LEGACY_TOKEN);
                case EXPIRED:
                    throw ApiException.unauthorized(EXPIRED_LEGACY);
                default:
                    break;
            }
        }
        throw ApiException.unauthorized(INVALID);
    }

    /** The demo admin may access every account of the seed. */
    private Principal principal(int userId, Principal.Credential credential) {
        return new Principal(userId, Set.copyOf(data.get().accounts.keySet()), credential);
    }
}
