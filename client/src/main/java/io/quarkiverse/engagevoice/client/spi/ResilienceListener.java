package io.quarkiverse.engagevoice.client.spi;

/**
 * Told of what a client's resilience policy does, for a runtime's metrics; every method is called on the calling
 * thread and must return at once.
 */
public interface ResilienceListener {

    /** Tells nothing to anyone. */
    ResilienceListener NONE = new ResilienceListener() {
    };

    /** A call is about to be sent again after a failure that is safe to retry. */
    default void retry() {
    }

    /** A call waits for room in a client-side rate limit window. */
    default void rateLimitWait() {
    }

    /** A call failed at once because the wait for room would have been too long. */
    default void rateLimitRejected() {
    }
}
