package io.quarkiverse.engagevoice.mockserver.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.json.Json;

/**
 * Engage access tokens: JWTs ({@code base64url(header).base64url(payload).signature}, HS256 with a key made at
 * start) whose {@code exp} comes from the simulator clock. Verification is stateless, like the real servers', so a
 * token stays valid until it expires even across {@code reset()}.
 */
public final class AccessTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String HEADER = ENCODER.encodeToString(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private final byte[] key = new byte[32];
    private final Duration ttl;

    public AccessTokens(Duration ttl) {
        new SecureRandom().nextBytes(key);
        this.ttl = ttl;
    }

    /** The outcome of checking a presented token. */
    public enum Verdict {
        VALID,
        EXPIRED,
        INVALID
    }

    /** A verified token's user, or why it was refused. */
    public record Verification(Verdict verdict, int userId) {
    }

    /** Issues a token for a user; the claims carry the account information a client may want to read. */
    public String issue(int userId, String mainAccountId, String rcAccountId, Instant now) {
        ObjectNode claims = Json.object();
        claims.put("iss", "engage-voice-simulator");
        claims.put("sub", String.valueOf(userId));
        claims.put("adminId", userId);
        claims.put("mainAccountId", mainAccountId);
        claims.put("accountId", mainAccountId);
        claims.put("rcAccountId", rcAccountId);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(ttl).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        String payload = ENCODER.encodeToString(Json.write(claims).getBytes(StandardCharsets.UTF_8));
        String signingInput = HEADER + "." + payload;
        return signingInput + "." + ENCODER.encodeToString(sign(signingInput));
    }

    public Verification verify(String token, Instant now) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return new Verification(Verdict.INVALID, 0);
        }
        byte[] presented;
        try {
            presented = DECODER.decode(parts[2]);
        } catch (IllegalArgumentException e) {
            return new Verification(Verdict.INVALID, 0);
        }
        if (!MessageDigest.isEqual(presented, sign(parts[0] + "." + parts[1]))) {
            return new Verification(Verdict.INVALID, 0);
        }
        Optional<JsonNode> claims = Json.parse(new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8));
        if (claims.isEmpty() || !claims.get().path("exp").canConvertToLong()) {
            return new Verification(Verdict.INVALID, 0);
        }
        int userId = claims.get().path("adminId").asInt();
        boolean expired = now.getEpochSecond() >= claims.get().path("exp").asLong();
        return new Verification(expired ? Verdict.EXPIRED : Verdict.VALID, userId);
    }

    private byte[] sign(String signingInput) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(signingInput.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is a required JDK algorithm", e);
        }
    }
}
