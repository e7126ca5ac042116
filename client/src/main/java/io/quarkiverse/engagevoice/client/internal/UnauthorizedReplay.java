package io.quarkiverse.engagevoice.client.internal;

import java.io.Closeable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.WebApplicationException;

import io.quarkiverse.engagevoice.client.auth.AccessCredential;
import io.quarkiverse.engagevoice.client.auth.TokenProvider;
import io.quarkiverse.engagevoice.client.error.UnauthorizedException;

/**
 * The one replay after a {@code 401}, portable to every MicroProfile Rest Client implementation: a
 * {@link java.lang.reflect.Proxy} around the Rest Client of an API interface.
 * <p>
 * Before each call the proxy notes the credential the call will carry (the provider's current one, awaited if
 * needed). When the call fails with {@link UnauthorizedException} (found in the cause chain, as implementations may
 * wrap it) or a {@link WebApplicationException} of status 401, the proxy asks the provider to
 * {@link TokenProvider#renew renew} that credential (which just returns the newer one if it was already replaced) and
 * makes the call once more. A second 401 is thrown as it is, and so is the first one when the provider cannot renew
 * (static tokens). Calls that return a {@link CompletionStage} are replayed in the same way without blocking. Default
 * methods run on the Rest Client itself, as a whole under the same replay: {@code InvocationHandler.invokeDefault} is
 * not usable in native images, and a default method only delegates to the interface's own calls. Rest Clients that
 * are JDK proxies themselves (Jersey, RESTEasy classic; never Quarkus) run default methods on this proxy instead, each
 * request they make under the replay: Jersey cannot run a default method that calls another method of the interface.
 * {@code equals}, {@code hashCode} and {@code toString}
 * answer for the proxy. API errors raised by the exception mapper, which sees only the response, are named here
 * after the interface method that failed. Authentication calls do not go through such a proxy and so are never replayed, and a
 * renewal never recurses into an API call.
 */
public final class UnauthorizedReplay implements InvocationHandler {

    private static final Logger LOG = Logger.getLogger(UnauthorizedReplay.class.getName());

    private final Class<?> type;
    private final Object target;
    private final TokenProvider tokens;
    private final Duration timeout;
    private final CallGuard guard;
    private final boolean interruptible;

    private UnauthorizedReplay(Class<?> type, Object target, TokenProvider tokens, Duration timeout, CallGuard guard) {
        this.type = type;
        this.target = target;
        this.tokens = tokens;
        this.timeout = timeout;
        this.guard = guard;
        // JDK-proxy Rest Clients (RESTEasy classic, Jersey) block in socket reads that an interrupt does not end
        this.interruptible = !Proxy.isProxyClass(target.getClass());
    }

    /**
     * Wraps the Rest Client {@code target} of the interface {@code type}.
     *
     * @param timeout how long to wait for a credential or a renewal in blocking calls
     * @param guard the client's resilience policy around each request, or {@code null} for none
     */
    public static <T> T wrap(Class<T> type, Object target, TokenProvider tokens, Duration timeout, CallGuard guard) {
        Class<?>[] interfaces = target instanceof Closeable ? new Class<?>[] { type, Closeable.class }
                : new Class<?>[] { type };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), interfaces,
                new UnauthorizedReplay(type, target, tokens, timeout, guard)));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                case "toString" -> "EngageVoice " + type.getSimpleName() + " client";
                default -> invokeTarget(method, args);
            };
        }
        if (method.getDeclaringClass() == Closeable.class || method.getDeclaringClass() == AutoCloseable.class) {
            return invokeTarget(method, args);
        }
        if (method.isDefault() && Proxy.isProxyClass(target.getClass())) {
            // a Rest Client made of a JDK proxy (Jersey, RESTEasy classic): Jersey runs default methods on a helper
            // proxy that cannot reach the requests they delegate to, so run it here, each request under the replay
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        if (CompletionStage.class.isAssignableFrom(method.getReturnType())) {
            return invokeAsync(method, args);
        }
        return invokeBlocking(method, args);
    }

    private Object invokeBlocking(Method method, Object[] args) throws Throwable {
        AccessCredential sent = await(tokens.credential());
        try {
            return guarded(method, args, sent);
        } catch (Throwable first) {
            if (!isUnauthorized(first)) {
                throw first;
            }
            AccessCredential renewed;
            try {
                renewed = await(tokens.renew(sent));
            } catch (RuntimeException renewalFailed) {
                first.addSuppressed(renewalFailed);
                throw first;
            }
            logReplay(method, renewed);
            return guarded(method, args, renewed);
        }
    }

    /** One request under the client's resilience policy, its failures typed and named, its answer checked. */
    private Object guarded(Method method, Object[] args, AccessCredential credential) throws Throwable {
        Operations.Operation op = Operations.of(method);
        if (guard == null) {
            return attempt(method, args, op, credential);
        }
        return guard.callBlocking(op, interruptible, () -> attempt(method, args, op, credential));
    }

    private Object attempt(Method method, Object[] args, Operations.Operation op, AccessCredential credential)
            throws Exception {
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw Failures.of(e.getCause(), op, credential);
        }
        Answers.check(result, method, op);
        return result;
    }

    private CompletionStage<Object> invokeAsync(Method method, Object[] args) {
        return tokens.credential().thenCompose(sent -> callAsync(method, args, sent).handle((value, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(value);
            }
            Throwable first = unwrap(error);
            if (!isUnauthorized(first)) {
                return CompletableFuture.failedFuture(first);
            }
            return tokens.renew(sent).handle((renewed, renewalError) -> {
                if (renewalError != null) {
                    first.addSuppressed(unwrap(renewalError));
                    return CompletableFuture.failedFuture(first);
                }
                logReplay(method, renewed);
                return callAsync(method, args, renewed);
            }).thenCompose(s -> s);
        }).thenCompose(s -> s));
    }

    private CompletionStage<Object> callAsync(Method method, Object[] args, AccessCredential credential) {
        Operations.Operation op = Operations.of(method);
        if (guard == null) {
            return attemptAsync(method, args, op, credential);
        }
        return guard.callAsync(op, () -> attemptAsync(method, args, op, credential));
    }

    @SuppressWarnings("unchecked")
    private CompletionStage<Object> attemptAsync(Method method, Object[] args, Operations.Operation op,
            AccessCredential credential) {
        CompletionStage<Object> stage;
        try {
            stage = (CompletionStage<Object>) method.invoke(target, args);
        } catch (InvocationTargetException e) {
            return CompletableFuture.failedFuture(Failures.of(e.getCause(), op, credential));
        } catch (IllegalAccessException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (stage == null) {
            return CompletableFuture.completedFuture(null);
        }
        return stage.handle((value, error) -> error == null ? CompletableFuture.completedFuture(value)
                : CompletableFuture.<Object> failedFuture(Failures.of(unwrap(error), op, credential)))
                .thenCompose(s -> s);
    }

    private Object invokeTarget(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private void logReplay(Method method, AccessCredential renewed) {
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine(type.getSimpleName() + "." + method.getName() + " answered 401; replaying it once with the renewed "
                    + (renewed == null ? "" : renewed.scheme() + " ") + "credential");
        }
    }

    /** Whether the failure is a 401, possibly wrapped by the Rest Client implementation or asynchronous code. */
    static boolean isUnauthorized(Throwable t) {
        Throwable c = t;
        for (int depth = 0; c != null && depth < 10; depth++) {
            if (c instanceof UnauthorizedException) {
                return true;
            }
            if (c instanceof WebApplicationException w && w.getResponse() != null && w.getResponse().getStatus() == 401) {
                return true;
            }
            c = c.getCause() == c ? null : c.getCause();
        }
        return false;
    }

    private AccessCredential await(CompletionStage<AccessCredential> stage) {
        return CredentialWait.await(stage, timeout);
    }

    private static Throwable unwrap(Throwable t) {
        return CredentialWait.unwrap(t);
    }
}
