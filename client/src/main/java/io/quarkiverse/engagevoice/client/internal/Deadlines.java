package io.quarkiverse.engagevoice.client.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The deadline of blocking calls on Rest Clients that an interrupt ends (Quarkus REST): each call notes its thread and
 * deadline, and one watcher per client, ticking a twentieth of the deadline (10 ms to 250 ms), interrupts a call whose
 * deadline passed. SmallRye's own timeout schedules a task on its timer thread and wakes that thread for every call,
 * which measured about a sixth of a call's time on a busy machine; this costs a map entry.
 */
final class Deadlines implements AutoCloseable {

    /** A call in flight; its fields are read and written under its own lock. */
    private static final class Call {
        final Thread thread = Thread.currentThread();
        final long deadline;
        boolean done;
        boolean expired;

        Call(long deadline) {
            this.deadline = deadline;
        }
    }

    private final long timeoutNanos;
    private final long tickMillis;
    private final Map<Thread, Call> inFlight = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService watcher;

    Deadlines(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
        this.tickMillis = Math.max(10, Math.min(250, timeout.toMillis() / 20));
    }

    /** Calls {@code call}; throws {@code expired} when its deadline passed first. */
    <T> T call(Callable<T> call, Callable<? extends Exception> expired) throws Exception {
        Call c = new Call(System.nanoTime() + timeoutNanos);
        if (inFlight.putIfAbsent(c.thread, c) != null) {
            return call.call(); // nested on this thread (a default method's requests): the outer call's deadline holds
        }
        ensureWatching();
        try {
            T result = call.call();
            if (finish(c)) {
                throw expired.call();
            }
            return result;
        } catch (Exception e) {
            if (finish(c)) {
                Exception deadline = expired.call();
                deadline.addSuppressed(e);
                throw deadline;
            }
            throw e;
        } finally {
            inFlight.remove(c.thread, c);
        }
    }

    /** Marks the call done; whether its deadline had passed (its interrupt is then cleared). */
    private static boolean finish(Call c) {
        boolean expired;
        synchronized (c) {
            c.done = true;
            expired = c.expired;
        }
        if (expired) {
            Thread.interrupted();
        }
        return expired;
    }

    private void tick() {
        long now = System.nanoTime();
        for (Call c : inFlight.values()) {
            if (now - c.deadline >= 0) {
                synchronized (c) {
                    if (!c.done && !c.expired) {
                        c.expired = true;
                        c.thread.interrupt();
                    }
                }
            }
        }
    }

    private void ensureWatching() {
        if (watcher == null) {
            synchronized (this) {
                if (watcher == null) {
                    ScheduledExecutorService w = Executors.newSingleThreadScheduledExecutor(r -> {
                        Thread t = new Thread(r, "engage-voice-deadlines");
                        t.setDaemon(true);
                        return t;
                    });
                    w.scheduleWithFixedDelay(this::tick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
                    watcher = w;
                }
            }
        }
    }

    @Override
    public void close() {
        ScheduledExecutorService w = watcher;
        if (w != null) {
            w.shutdownNow();
        }
    }
}
