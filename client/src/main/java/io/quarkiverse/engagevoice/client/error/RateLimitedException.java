package io.quarkiverse.engagevoice.client.error;

import java.time.Duration;
import java.util.Optional;

/** 429 Too Many Requests: a documented rate limit was exceeded. */
public class RateLimitedException extends EngageVoiceException {

    public RateLimitedException(ErrorDetails details) {
        super(details);
    }

    /** How long the server asked to wait, from {@code Retry-After}; the Engage Voice servers usually send none. */
    public Optional<Duration> retryAfter() {
        long s = details().retryAfterSeconds();
        return s < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(s));
    }
}
