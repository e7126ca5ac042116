package io.quarkiverse.engagevoice.mockserver.internal.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Tokens issued by the login flows: RingCentral platform tokens, Engage refresh tokens (single use, rotated) and
 * legacy auth tokens (sliding expiry). Sessions survive {@code reset()} so that connected clients keep working.
 */
public final class Sessions {

    /** Lifetime of a RingCentral platform access token, as {@code expires_in} announces it. */
    public static final Duration RC_TOKEN_TTL = Duration.ofHours(1);
    /** Legacy auth token lifetime, renewed on each use. */
    public static final Duration LEGACY_TTL = Duration.ofHours(1);
    /** Legacy auth token lifetime with {@code stayLoggedIn=true}, renewed on each use. */
    public static final Duration LEGACY_STAY_LOGGED_IN_TTL = Duration.ofDays(14);

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> rcTokenExpiry = new HashMap<>();
    private final Map<String, Integer> refreshTokenUser = new HashMap<>();
    private final Map<String, LegacySession> legacySessions = new HashMap<>();

    private record LegacySession(int userId, Duration lifetime, Instant expiresAt) {
    }

    /** The outcome of presenting a legacy token. */
    public enum LegacyVerdict {
        VALID,
        EXPIRED,
        UNKNOWN
    }

    public record LegacyCheck(LegacyVerdict verdict, int userId) {
    }

    public String issueRcToken(Instant now) {
        String token = "U0lNUkMw" + randomToken(48);
        rcTokenExpiry.put(token, now.plus(RC_TOKEN_TTL));
        return token;
    }

    public boolean isValidRcToken(String token, Instant now) {
        Instant expiry = rcTokenExpiry.get(token);
        return expiry != null && now.isBefore(expiry);
    }

    public String issueRefreshToken(int userId) {
        String token = randomToken(32);
        refreshTokenUser.put(token, userId);
        return token;
    }

    /** Uses a refresh token up: it is valid once. */
    public OptionalInt consumeRefreshToken(String token) {
        Integer userId = refreshTokenUser.remove(token);
        return userId == null ? OptionalInt.empty() : OptionalInt.of(userId);
    }

    public String issueLegacyToken(int userId, boolean stayLoggedIn, Instant now) {
        Duration lifetime = stayLoggedIn ? LEGACY_STAY_LOGGED_IN_TTL : LEGACY_TTL;
        String token = UUID.randomUUID().toString();
        legacySessions.put(token, new LegacySession(userId, lifetime, now.plus(lifetime)));
        return token;
    }

    /** Checks a legacy token and, when valid, extends its life from now (sliding expiry). */
    public LegacyCheck useLegacyToken(String token, Instant now) {
        LegacySession session = legacySessions.get(token);
        if (session == null) {
            return new LegacyCheck(LegacyVerdict.UNKNOWN, 0);
        }
        if (!now.isBefore(session.expiresAt())) {
            return new LegacyCheck(LegacyVerdict.EXPIRED, session.userId());
        }
        legacySessions.put(token, new LegacySession(session.userId(), session.lifetime(),
                now.plus(session.lifetime())));
        return new LegacyCheck(LegacyVerdict.VALID, session.userId());
    }

    private String randomToken(int bytes) {
        byte[] buffer = new byte[bytes];
        random.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }
}
