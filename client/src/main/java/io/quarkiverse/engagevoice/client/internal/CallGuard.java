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
 * deadline ( wait for room ( area limits ( retry ( circuit breaker ( attempt ) ) ) ) )
 * </pre>
 *
 * The deadline of blocking calls on Quarkus REST is a {@link Deadlines} watcher that interrupts the caller (SmallRye's
 * timeout wakes its timer thread on every call, too costly on the happy path); on Rest Clients that an interrupt does
 * not end, and for asynchronous calls, it is SmallRye's timeout. The retry guard is used only for operations that are
 * safe to repeat; a call's retries count once against the
 * client-side limits (a server that counts them answers 429, which is honoured). Guards are made once per client
 * (limits once per area), so their state (windows, breaker) is the client's.
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

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private <T> Callable<T> chain(Operation operation, Callable<T> attempt, Class type) {
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
        if (retry != null && operation.idempotent()) {
            Callable<T> inner = call;
            call = () -> (T) retry.call(inner, type);
        }
        ApiRateLimits.Area area = policy.rateLimits() ? areas.computeIfAbsent(operation, ApiRateLimits::of)
                : ApiRateLimits.UNLIMITED;
        if (area.enforced() != null) {
            Guard limiter = limiters.computeIfAbsent(area, CallGuard::limiterOf);
            Callable<T> inner = call;
            Callable<T> limited = () -> (T) limiter.call(inner, type);
            Callable<T> waiting = permitWait == null ? limited : () -> (T) permitWait.call(limited, type);
            call = () -> {
                try {
                    return waiting.call();
                } catch (RateLimitException e) {
                    throw heldBack(operation, area, e);
                }
            };
        }
        return call;
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
