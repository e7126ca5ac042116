package io.quarkiverse.engagevoice.runtime.fleet;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts token entries at rest with AES-GCM: a random 12-byte nonce per value, a 128-bit tag, and the Redis key as
 * associated data, so that a value copied under another key does not decrypt. The output is
 * {@code base64(nonce || ciphertext || tag)}.
 */
public final class TokenCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    private TokenCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * A cipher for a key given as base64 of 16, 24 or 32 random bytes (for example {@code openssl rand -base64 32}).
     *
     * @throws IllegalArgumentException when the key is missing or not such a value (the message never quotes it)
     */
    public static TokenCipher fromBase64(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalArgumentException("no encryption key: the Redis token store encrypts tokens and needs an"
                    + " AES key (base64 of 16, 24 or 32 random bytes, e.g. `openssl rand -base64 32`)");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the encryption key is not base64: give an AES key as base64 of 16,"
                    + " 24 or 32 random bytes");
        }
        if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
            throw new IllegalArgumentException("the encryption key decodes to " + raw.length + " bytes: an AES key has"
                    + " 16, 24 or 32");
        }
        TokenCipher cipher = new TokenCipher(raw);
        Arrays.fill(raw, (byte) 0);
        return cipher;
    }

    String encrypt(String plain, String associated) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getClass().getName());
        }
    }

    /** The plain text, or an exception without any of the value when it does not decrypt with this key. */
    String decrypt(String sealed, String associated) {
        try {
            byte[] in = Base64.getDecoder().decode(sealed);
            if (in.length <= NONCE_BYTES) {
                throw new UndecryptableEntryException(associated);
            }
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            c.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UndecryptableEntryException(associated);
        }
    }

    @Override
    public String toString() {
        return "TokenCipher[AES-GCM, key=***]";
    }

    /** A stored entry that this key does not open: written with another key, or changed. */
    static final class UndecryptableEntryException extends IllegalStateException {
        UndecryptableEntryException(String key) {
            super("the token store entry " + key + " does not decrypt with the configured key (written with another"
                    + " key, or altered)");
        }
    }
}
