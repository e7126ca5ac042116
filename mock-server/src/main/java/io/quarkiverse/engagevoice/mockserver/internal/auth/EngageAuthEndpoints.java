package io.quarkiverse.engagevoice.mockserver.internal.auth;

import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.ADMIN_USER_ID;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.ENGAGE_PASSWORD;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.ENGAGE_PLATFORM_ID;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.ENGAGE_USERNAME;

import java.time.Duration;
import java.util.OptionalInt;

import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiException;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiResponse;
import io.quarkiverse.engagevoice.mockserver.internal.routing.Endpoint;
import io.quarkiverse.engagevoice.mockserver.internal.routing.QueryParams;

/**
 * The current servers' authentication at {@code /api/auth/...}: RingCentral token exchange (5 per minute), refresh
 * with rotation, and the direct Engage login. Parameters are read where the documentation puts them: a form body
 * for the exchange and the refresh, the query for the Engage login. Failures of credentials are plain-text 401s.
 */
public final class EngageAuthEndpoints {

    /** The documented limit of the token exchange. */
    public static final int EXCHANGES_PER_MINUTE = 5;

    private final Sessions sessions;
    private final LoginAnswers answers;
    private final SlidingWindowLimiter exchangeLimiter = new SlidingWindowLimiter(EXCHANGES_PER_MINUTE,
            Duration.ofMinutes(1));

    public EngageAuthEndpoints(Sessions sessions, LoginAnswers answers) {
        this.sessions = sessions;
        this.answers = answers;
    }

    public void clearRateLimits() {
        exchangeLimiter.clear();
    }

    /** {@code POST /api/auth/login/rc/accesstoken?includeRefresh=true}, form {@code rcAccessToken, rcTokenType}. */
    public Endpoint exchange() {
        return request -> {
            if (!exchangeLimiter.tryAcquire(request.now())) {
                throw ApiException.withResponse(ApiResponse.text(429, "Too Many Requests"));
            }
            QueryParams form = request.form();
            String rcToken = required(form, "rcAccessToken");
            String tokenType = form.first("rcTokenType");
            if (tokenType != null && !tokenType.equalsIgnoreCase("Bearer")) {
                throw ApiException.invalidField("rcTokenType", "must be Bearer", tokenType);
            }
            if (!sessions.isValidRcToken(rcToken, request.now())) {
                throw ApiException.unauthorized("Invalid RingCentral access token");
            }
            boolean includeRefresh = request.boolQueryParam("includeRefresh", false);
            return ApiResponse.ok(answers.forUser(ADMIN_USER_ID, includeRefresh, true, request.now()));
        };
    }

    /** {@code POST /api/auth/token/refresh}, form {@code refresh_token}; every refresh token works once. */
    public Endpoint refresh() {
        return request -> {
            String refreshToken = required(request.form(), "refresh_token");
            OptionalInt userId = sessions.consumeRefreshToken(refreshToken);
            if (userId.isEmpty()) {
                throw ApiException.unauthorized("Invalid refresh token");
            }
            return ApiResponse.ok(answers.forUser(userId.getAsInt(), true, true, request.now()));
        };
    }

    /** {@code POST /api/auth/login/admin?username=..&password=..&platformId=..} without a body. */
    public Endpoint loginAdmin() {
        return request -> {
            String username = required(request.query(), "username");
            String password = required(request.query(), "password");
            String platformId = request.queryParam("platformId");
            boolean platformMatches = platformId == null || platformId.isEmpty()
                    || platformId.equals(ENGAGE_PLATFORM_ID);
            if (!username.equals(ENGAGE_USERNAME) || !password.equals(ENGAGE_PASSWORD) || !platformMatches) {
                throw ApiException.unauthorized("Bad credentials");
            }
            return ApiResponse.ok(answers.forUser(ADMIN_USER_ID, true, false, request.now()));
        };
    }

    static String required(QueryParams params, String name) {
        String value = params.first(name);
        if (value == null || value.isEmpty()) {
            throw ApiException.invalidField(name, "is required", null);
        }
        return value;
    }
}
