package io.quarkiverse.engagevoice.client.internal;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import io.quarkiverse.engagevoice.client.error.RateLimitedException;
import io.quarkiverse.engagevoice.client.error.ServiceErrorException;
import io.quarkiverse.engagevoice.client.error.TransportException;
import io.quarkiverse.engagevoice.client.error.TransportException.Failure;
import io.quarkiverse.engagevoice.client.internal.Operations.Operation;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.faulttolerance.api.RateLimitException;
import io.smallrye.faulttolerance.api.RateLimitType;

/**
 * A client's resilience policy, executed by SmallRye Fault Tolerance guards around each attempt of an API call:
 *
 * <pre>
 * deadline ( wait for room, once refused ( retry, once failed ( area limit ( circuit breaker ( attempt ) ) ) ) )
 * </pre>
 *
 * The deadline of blocking calls on Quarkus REST is a {@link Deadlines} watcher that interrupts the caller (SmallRye's
 * timeout wakes its timer thread on every call, too costly on the happy path); on Rest Clients that an interrupt does
 * not end, and for asynchronous calls, it is SmallRye's timeout. Only operations that are safe to repeat are
 * retried; every attempt counts against the client-side limits, as the server counts it. Guards are made once per
 * client (limits once per area), so their state (windows, breaker) is the client's.
 */
public final class CallGuard implements AutoCloseable {

    /** The policy, as the client's builder checked it (the public policy type lives above this package). */
    public interface Settings {
        /** Attempts of a retryable call, the first included. */
        int maxAttempts();

        Duration initialDelay();

        Duration maxDelay();

        Duration maxRetryDuration();

        Duration retryAfterCap();

        /** The deadline of a call; zero for none. */
        Duration timeout();

        boolean rateLimits();

        /** How long a call may wait for room; zero fails at once. */
        Duration rateLimitMaxWait();

        /** The circuit breaker's request volume; zero for no breaker. */
        int breakerVolume();

        double breakerFailureRatio();

        Duration breakerDelay();
    }

    private final Settings policy;
    private final Listener listener;
    private final Guard deadline;
    private final Deadlines interruptingDeadline;
    private final Guard permitWait;
    private final Guard retry;
    private final Guard breaker;
    private final Map<ApiRateLimits.Area, Guard> limiters = new ConcurrentHashMap<>();
    private final Map<Operation, ApiRateLimits.Area> areas = new ConcurrentHashMap<>();
    private volatile ExecutorService offload;

    /** Told of what the policy does (the runtime's metrics); each method must return at once. */
    public interface Listener {
        void retry();

        void rateLimitWait();

        void rateLimitRejected();
    }

    private CallGuard(Settings policy, Listener listener) {
        StandaloneFaultTolerance.useDaemonThreads();
        this.policy = policy;
        this.listener = listener;
        this.deadline = policy.timeout().isZero() ? null
                : Guard.create().withTimeout().duration(policy.timeout().toMillis(), ChronoUnit.MILLIS).done().build();
        this.interruptingDeadline = policy.timeout().isZero() ? null : new Deadlines(policy.timeout());
        long maxWait = policy.rateLimitMaxWait().toMillis();
        this.permitWait = !policy.rateLimits() || maxWait == 0 ? null
                : Guard.create().withRetry().maxRetries(-1).delay(0, ChronoUnit.MILLIS)
                        .maxDuration(maxWait, ChronoUnit.MILLIS)
                        .whenException(t -> t instanceof RateLimitException r && r.getRetryAfterMillis() <= maxWait)
                        .beforeRetry(t -> listener.rateLimitWait())
                        .withCustomBackoff().strategy(() -> cause -> ((RateLimitException) cause).getRetryAfterMillis())
                        .done().done().build();
        this.retry = policy.maxAttempts() <= 1 ? null
                : Guard.create().withRetry().maxRetries(policy.maxAttempts() - 1)
                        .delay(policy.initialDelay().toMillis(), ChronoUnit.MILLIS)
                        .maxDuration(policy.maxRetryDuration().toMillis(), ChronoUnit.MILLIS)
                        .whenException(this::retryable)
                        .beforeRetry(t -> listener.retry())
                        .withCustomBackoff().strategy(() -> new RetryDelays(policy.maxDelay().toMillis())).done()
                        .done().build();
        this.breaker = policy.breakerVolume() <= 0 ? null
                : Guard.create().withCircuitBreaker().requestVolumeThreshold(policy.breakerVolume())
                        .failureRatio(policy.breakerFailureRatio())
                        .delay(policy.breakerDelay().toMillis(), ChronoUnit.MILLIS)
                        .when(CallGuard::breakerFailure).done().build();
    }

    /** The guard of a client's policy. */
    public static CallGuard of(Settings policy, Listener listener) {
        return new CallGuard(policy, listener);
    }

    /**
     * Calls {@code attempt} under the policy; it must throw the client's own exceptions (transport failures as
     * {@link TransportException}).
     *
     * @param interruptible whether the attempt ends when its thread is interrupted (Quarkus REST); if not (RESTEasy
     *        classic's blocking sockets), a deadline runs the call on another thread so that the caller is freed in time
     */
    public Object callBlocking(Operation operation, boolean interruptible, Callable<Object> attempt) throws Exception {
        Callable<Object> guarded = chain(operation, attempt, Object.class);
        if (deadline == null) {
            return guarded.call();
        }
        try {
            if (interruptible) {
                return interruptingDeadline.call(guarded, () -> deadlineExceeded(operation));
            }
            CompletableFuture<Object> offloaded = CompletableFuture.supplyAsync(() -> {
                try {
                    return guarded.call();
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            }, offload());
            Callable<CompletionStage> stage = () -> offloaded;
            return deadline.call(stage, CompletionStage.class).toCompletableFuture().get();
        } catch (TimeoutException e) {
            throw deadlineExceeded(operation);
        } catch (ExecutionException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof TimeoutException) {
                throw deadlineExceeded(operation);
            }
            throw cause instanceof Exception ex ? ex : new CompletionException(cause);
        }
    }

    /** Calls {@code attempt}, which returns a stage, under the policy, without blocking. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public CompletionStage<Object> callAsync(Operation operation, Callable<CompletionStage<Object>> attempt) {
        Callable<CompletionStage<Object>> guarded = chain(operation, attempt, CompletionStage.class);
        CompletionStage<Object> stage;
        try {
            stage = deadline == null ? guarded.call() : deadline.call((Callable) guarded, CompletionStage.class);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
        return stage.handle((value, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(value);
            }
            Throwable cause = unwrap(error);
            return CompletableFuture.<Object> failedFuture(cause instanceof TimeoutException ? deadlineExceeded(operation)
                    : cause);
        }).thenCompose(s -> s);
    }

    /**
     * The attempt under the policy's SmallRye guards: the breaker's inside the area's limit (each attempt takes a
     * permit, as the server counts each), inside the retry for operations that are safe to repeat, inside the wait
     * for room. Two guards are entered only when they have work, to keep the happy path cheap: the retry once the
     * first attempt failed in a way worth retrying (SmallRye then sees that failure first and runs every retry), the
     * wait once the limit refused.
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private <T> Callable<T> chain(Operation operation, Callable<T> attempt, Class type) {
        boolean async = type == CompletionStage.class;
        Callable<T> call = attempt;
        if (breaker != null) {
            Callable<T> inner = call;
            call = () -> {
                try {
                    return (T) breaker.call(inner, type);
                } catch (CircuitBreakerOpenException e) {
                    throw circuitOpen(operation);
                }
            };
        }
        ApiRateLimits.Area area = policy.rateLimits() ? areas.computeIfAbsent(operation, ApiRateLimits::of)
                : ApiRateLimits.UNLIMITED;
        if (area.enforced() != null) {
            Guard limiter = limiters.computeIfAbsent(area, CallGuard::limiterOf);
            Callable<T> inner = call;
            call = () -> (T) limiter.call(inner, type);
        }
        if (retry != null && operation.idempotent()) {
            Callable<T> once = call;
            call = async ? () -> (T) retriedAsync((Callable<CompletionStage<Object>>) once)
                    : () -> {
                        try {
                            return once.call();
                        } catch (Exception first) {
                            if (!retryable(first)) {
                                throw first;
                            }
                            return (T) retry.call(new Replaying<>(first, once), type);
                        }
                    };
        }
        if (area.enforced() == null) {
            return call;
        }
        Callable<T> guarded = call;
        if (async) {
            return () -> (T) waitingForRoomAsync(operation, area, (Callable<CompletionStage<Object>>) guarded);
        }
        return () -> {
            try {
                return guarded.call();
            } catch (RateLimitException e) {
                if (!mayWait(e)) {
                    throw heldBack(operation, area, e);
                }
                try {
                    return (T) permitWait.call(guarded, type);
                } catch (RateLimitException again) {
                    throw heldBack(operation, area, again);
                }
            }
        };
    }

    /** As the blocking retry, for a call that returns a stage. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private CompletionStage<Object> retriedAsync(Callable<CompletionStage<Object>> once) throws Exception {
        return once.call().handle((value, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(value);
            }
            Throwable first = unwrap(error);
            if (!retryable(first)) {
                return CompletableFuture.failedFuture(first);
            }
            try {
                return retry.call((Callable) new Replaying<>(CompletableFuture.failedFuture(first), once),
                        CompletionStage.class);
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        }).thenCompose(s -> s);
    }

    /** As the blocking wait for room, for a call that returns a stage. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private CompletionStage<Object> waitingForRoomAsync(Operation operation, ApiRateLimits.Area area,
            Callable<CompletionStage<Object>> guarded) throws Exception {
        return guarded.call().handle((value, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(value);
            }
            if (!(unwrap(error) instanceof RateLimitException refused)) {
                return CompletableFuture.failedFuture(unwrap(error));
            }
            if (!mayWait(refused)) {
                return CompletableFuture.<Object> failedFuture(heldBack(operation, area, refused));
            }
            CompletionStage<Object> waited;
            try {
                waited = permitWait.call((Callable) guarded, CompletionStage.class);
            } catch (Exception e) {
                waited = CompletableFuture.failedFuture(e);
            }
            return waited.handle((v, e) -> e == null ? CompletableFuture.completedFuture(v)
                    : CompletableFuture.<Object> failedFuture(unwrap(e) instanceof RateLimitException again
                            ? heldBack(operation, area, again)
                            : unwrap(e)))
                    .thenCompose(s -> s);
        }).thenCompose(s -> s);
    }

    private boolean mayWait(RateLimitException refused) {
        return permitWait != null && refused.getRetryAfterMillis() <= policy.rateLimitMaxWait().toMillis();
    }

    private static Guard limiterOf(ApiRateLimits.Area area) {
        ApiRateLimits.Window w = area.enforced();
        return Guard.create().withRateLimit().limit(w.limit()).window(w.window().toMillis(), ChronoUnit.MILLIS)
                .type(RateLimitType.FIXED).done().build();
    }

    /** Failures after which another attempt is safe and may succeed (the operation being idempotent). */
    private boolean retryable(Throwable t) {
        if (t instanceof ServiceErrorException e) {
            return e.status() == 502 || e.status() == 503 || e.status() == 504;
        }
        if (t instanceof RateLimitedException e) {
            return !e.heldBackByClient() && e.retryAfter().filter(d -> d.compareTo(policy.retryAfterCap()) <= 0)
                    .isPresent();
        }
        return t instanceof TransportException e
                && (e.failure() == Failure.CONNECT_FAILED || e.failure() == Failure.CONNECTION_LOST);
    }

    private static boolean breakerFailure(Throwable t) {
        return t instanceof ServiceErrorException
                || t instanceof TransportException e && e.failure() != Failure.CIRCUIT_OPEN;
    }

    private RateLimitedException heldBack(Operation operation, ApiRateLimits.Area area, RateLimitException e) {
        listener.rateLimitRejected();
        return RateLimitedException.heldBack(operation.name(), operation.request(), area.toString(),
                e.getRetryAfterMillis());
    }

    private TransportException deadlineExceeded(Operation operation) {
        return new TransportException(Failure.DEADLINE_EXCEEDED, operation.name(), operation.request(),
                "the call's deadline of " + Durations.text(policy.timeout()) + " passed");
    }

    private static TransportException circuitOpen(Operation operation) {
        return new TransportException(Failure.CIRCUIT_OPEN, operation.name(), operation.request(),
                "the circuit breaker is open after repeated failures");
    }

    private ExecutorService offload() {
        ExecutorService e = offload;
        if (e == null) {
            synchronized (this) {
                if (offload == null) {
                    offload = Executors.newCachedThreadPool(new DaemonThreads());
                }
                e = offload;
            }
        }
        return e;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    @Override
    public void close() {
        if (interruptingDeadline != null) {
            interruptingDeadline.close();
        }
        ExecutorService e = offload;
        if (e != null) {
            e.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return "CallGuard[" + policy + "]";
    }

    /**
     * The attempts the retry guard makes: the first is the failure already met, the others call again. SmallRye thus
     * decides on that failure and runs every retry, its delays and its bounds (the maximum duration counts from the
     * first failure).
     */
    private static final class Replaying<T> implements Callable<T> {
        private final Object first;
        private final Callable<T> again;
        private volatile boolean replayed;

        /** @param first the failure, thrown, or the failed stage, returned */
        Replaying(Object first, Callable<T> again) {
            this.first = first;
            this.again = again;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T call() throws Exception {
            if (replayed) {
                return again.call();
            }
            replayed = true;
            if (first instanceof Exception e) {
                throw e;
            }
            return (T) first;
        }
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "engage-voice-call-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
