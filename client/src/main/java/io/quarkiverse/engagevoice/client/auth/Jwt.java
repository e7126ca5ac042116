package io.quarkiverse.engagevoice.client.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the time claims of a JWT without verifying it: the client only needs to know when to renew. */
final class Jwt {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Jwt() {
    }

    /**
     * When the token expires: its {@code exp} claim; if that is not after {@code now}, {@code now} plus the token's
     * own lifetime ({@code exp - iat}) or the default lifetime; {@code now} plus the default lifetime when the token
     * is no JWT or has no {@code exp}.
     */
    static Instant expiry(String token, Instant now) {
        JsonNode claims = claims(token);
        Long exp = seconds(claims, "exp");
        if (exp == null) {
            return now.plus(StoredToken.DEFAULT_LIFETIME);
        }
        Instant expiresAt = Instant.ofEpochSecond(exp);
        if (expiresAt.isAfter(now)) {
            return expiresAt;
        }
        Long iat = seconds(claims, "iat");
        return iat != null && exp > iat ? now.plusSeconds(exp - iat) : now.plus(StoredToken.DEFAULT_LIFETIME);
    }

    /** The payload of a JWT, or {@code null} when the token is not one. */
    static JsonNode claims(String token) {
        if (token == null) {
            return null;
        }
        int first = token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        if (first <= 0 || second < 0) {
            return null;
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.substring(first + 1, second));
            JsonNode node = JSON.readTree(new String(payload, StandardCharsets.UTF_8));
            return node != null && node.isObject() ? node : null;
        } catch (IllegalArgumentException | java.io.IOException e) {
            return null;
        }
    }

    private static Long seconds(JsonNode claims, String name) {
        JsonNode v = claims == null ? null : claims.get(name);
        if (v == null || !v.isNumber()) {
            return null;
        }
        return v.asLong();
    }
}
