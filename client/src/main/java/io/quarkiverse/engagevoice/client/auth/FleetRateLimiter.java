package io.quarkiverse.engagevoice.client.auth;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Counts events against a limit shared by every instance of a fleet: at most {@code limit} in any window of
 * {@code window}, counted in a store all instances reach (the Redis token store implements it with a sliding window
 * in a Lua script). A client-side rate limiter (the API's documented limits per area) can ask it before each call,
 * so that a fleet keeps to the account's limits instead of each instance keeping to them on its own.
 * <p>
 * Implementations must not block, and must fail (not hang) when the store does not answer; the caller then falls
 * back to its local count.
 */
public interface FleetRateLimiter {

    /**
     * Counts one event under {@code name} if the window has room.
     *
     * @param name what is limited, such as {@code api:leadSearch:10s}; the implementation scopes it to its fleet
     * @return {@code -1} when the event was counted, else the milliseconds until the window has room
     */
    CompletionStage<Long> tryAcquire(String name, int limit, Duration window);
}
