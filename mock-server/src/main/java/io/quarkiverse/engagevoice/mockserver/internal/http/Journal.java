package io.quarkiverse.engagevoice.mockserver.internal.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/**
 * Requests in arrival order. Bounded, so that a long benchmark run does not fill the heap: beyond the limit the
 * oldest entries are dropped.
 */
public final class Journal {

    private final int limit;
    private final Deque<RecordedRequest> entries = new ArrayDeque<>();

    public Journal(int limit) {
        this.limit = limit;
    }

    public synchronized void add(RecordedRequest request) {
        if (entries.size() == limit) {
            entries.removeFirst();
        }
        entries.addLast(request);
    }

    public synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(entries);
    }

    public synchronized void clear() {
        entries.clear();
    }
}
