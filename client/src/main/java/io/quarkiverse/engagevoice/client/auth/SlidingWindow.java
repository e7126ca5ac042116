package io.quarkiverse.engagevoice.client.auth;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * At most {@code limit} events in any window of {@code windowMillis}, on the time the caller gives (the client's
 * clock). Used off the hot path only, so it simply synchronises.
 */
final class SlidingWindow {

    private final int limit;
    private final long windowMillis;
    private final Deque<Long> events = new ArrayDeque<>();

    SlidingWindow(int limit, long windowMillis) {
        if (limit < 1 || windowMillis < 1) {
            throw new IllegalArgumentException("limit and window must be positive");
        }
        this.limit = limit;
        this.windowMillis = windowMillis;
    }

    /** Records an event at {@code now} and returns -1, or returns how many milliseconds until one is allowed. */
    synchronized long tryAcquire(long now) {
        while (!events.isEmpty() && events.peekFirst() <= now - windowMillis) {
            events.removeFirst();
        }
        if (events.size() >= limit) {
            return Math.max(1, events.peekFirst() + windowMillis - now);
        }
        events.addLast(now);
        return -1;
    }

    int limit() {
        return limit;
    }

    long windowMillis() {
        return windowMillis;
    }
}
