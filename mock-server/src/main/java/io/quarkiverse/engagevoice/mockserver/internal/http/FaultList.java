package io.quarkiverse.engagevoice.mockserver.internal.http;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.quarkiverse.engagevoice.mockserver.wire.Fault;

/** Armed faults in the order they were added; each is dropped once it has been applied {@code times} times. */
public final class FaultList {

    private static final class Armed {
        final Fault fault;
        final Pattern path;
        int remaining;

        Armed(Fault fault) {
            this.fault = fault;
            this.path = PathPattern.compile(fault.pathPattern());
            this.remaining = fault.times();
        }

        boolean matches(String method, String rawPath) {
            return (fault.method() == null || fault.method().equals(method)) && path.matcher(rawPath).matches();
        }
    }

    /** A fault still armed, with how many more requests it will take. */
    public record Pending(Fault fault, int remaining) {
    }

    private final List<Armed> armed = new ArrayList<>();

    /** Arms a fault; an invalid path pattern is an {@link IllegalArgumentException}. */
    public synchronized void add(Fault fault) {
        armed.add(new Armed(fault));
    }

    /** The fault for this request, counting one use of it, if any matches. */
    public synchronized Optional<Fault> take(String method, String rawPath) {
        for (Iterator<Armed> it = armed.iterator(); it.hasNext();) {
            Armed candidate = it.next();
            if (candidate.matches(method, rawPath)) {
                if (--candidate.remaining == 0) {
                    it.remove();
                }
                return Optional.of(candidate.fault);
            }
        }
        return Optional.empty();
    }

    public synchronized List<Pending> pending() {
        return armed.stream().map(a -> new Pending(a.fault, a.remaining)).toList();
    }

    public synchronized void clear() {
        armed.clear();
    }
}
