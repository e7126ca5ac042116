package io.quarkiverse.engagevoice.client.error;

/**
 * An authentication step was not attempted, or was refused with {@code 429 Too Many Requests}, because of a rate
 * limit: the client's own limit of token exchanges and logins (5 per minute, the server's documented limit), or a
 * {@code 429} from an authentication endpoint, after which the client backs off instead of trying again at once.
 * {@link #retryAfter()} says when an attempt can succeed again.
 */
public class AuthenticationThrottledException extends AuthenticationFailedException {

    /** Made by {@link AuthenticationFailedException.Builder#throttled()}. */
    AuthenticationThrottledException(Builder b) {
        super(b);
    }

    /** Whether the server itself answered 429 (else the client held the request back). */
    public boolean refusedByServer() {
        return status() == 429;
    }
}
