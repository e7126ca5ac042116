package io.quarkiverse.engagevoice.client.internal;

import java.util.concurrent.ThreadLocalRandom;

import io.quarkiverse.engagevoice.client.error.RateLimitedException;
import io.smallrye.faulttolerance.api.CustomBackoffStrategy;

/**
 * The delays between the attempts of one call: the server's {@code Retry-After} after a 429 (the retry guard only
 * retries those within the cap), else exponential backoff from the initial delay, doubled each time up to the
 * maximum, of which a random half is kept (jitter), so that callers failed together do not come back together.
 */
final class RetryDelays implements CustomBackoffStrategy {

    private final long maxDelayMillis;
    private long nextMillis;

    RetryDelays(long maxDelayMillis) {
        this.maxDelayMillis = maxDelayMillis;
    }

    @Override
    public void init(long initialDelayInMillis) {
        nextMillis = Math.max(1, initialDelayInMillis);
    }

    @Override
    public long nextDelayInMillis(Throwable cause) {
        if (cause instanceof RateLimitedException limited && limited.retryAfter().isPresent()) {
            return limited.retryAfter().get().toMillis();
        }
        long base = Math.min(maxDelayMillis, nextMillis);
        nextMillis = Math.min(maxDelayMillis, nextMillis * 2);
        return base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
    }
}
