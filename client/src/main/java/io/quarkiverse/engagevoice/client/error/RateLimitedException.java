package io.quarkiverse.engagevoice.client.error;

import java.time.Duration;
import java.util.Optional;

/**
 * 429 Too Many Requests: a documented rate limit was exceeded, either answered so by the server or held back by the
 * client's own rate limits before sending ({@link #heldBackByClient()}), when the wait for room would have been
 * longer than the policy allows.
 */
public class RateLimitedException extends EngageVoiceException {

    /** The reason of the details of a call the client held back. */
    static final String HELD_BACK = "held back by the client";

    public RateLimitedException(ErrorDetails details) {
        super(details);
    }

    private RateLimitedException(ErrorDetails details, String message) {
        super(details, message, null);
    }

    /**
     * A call the client did not send because a limit of {@code area} is reached.
     *
     * @param retryAfterMillis when the window has room again
     */
    public static RateLimitedException heldBack(String operation, String request, String area, long retryAfterMillis) {
        long seconds = Math.max(1, (retryAfterMillis + 999) / 1000);
        ErrorDetails details = ErrorDetails.builder(429, operation, request).reason(HELD_BACK)
                .retryAfterSeconds(seconds).build();
        return new RateLimitedException(details, operation + " (" + request + ") was not sent: the documented rate limit of "
                + area + " is reached; room again in " + seconds + " s (retryAfter)");
    }

    /** How long to wait: the server's {@code Retry-After}, or when the client's window has room again. */
    public Optional<Duration> retryAfter() {
        long s = details().retryAfterSeconds();
        return s < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(s));
    }

    /** Whether the client held the call back (nothing was sent), rather than the server refusing it. */
    public boolean heldBackByClient() {
        return HELD_BACK.equals(details().reason());
    }

    @Override
    public EngageVoiceException forOperation(String name, String template) {
        return heldBackByClient() ? this : super.forOperation(name, template);
    }
}
