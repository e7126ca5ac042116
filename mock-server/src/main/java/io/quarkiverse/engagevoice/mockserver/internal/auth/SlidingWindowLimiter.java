package io.quarkiverse.engagevoice.mockserver.internal.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * At most {@code limit} accepted events in any window of {@code window} length, on the simulator clock. Refused
 * events are not counted, so a client that backs off is served again as soon as the oldest accepted event is a
 * full window old.
 */
public final class SlidingWindowLimiter {

    private final int limit;
    private final Duration window;
    private final Deque<Instant> accepted = new ArrayDeque<>();

    public SlidingWindowLimiter(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    public boolean tryAcquire(Instant now) {
        Instant windowStart = now.minus(window);
        while (!accepted.isEmpty() && !accepted.peekFirst().isAfter(windowStart)) {
            accepted.removeFirst();
        }
        if (accepted.size() >= limit) {
            return false;
        }
        accepted.addLast(now);
        return true;
    }

    public void clear() {
        accepted.clear();
    }
}
