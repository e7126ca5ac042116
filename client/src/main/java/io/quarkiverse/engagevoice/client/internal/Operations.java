package io.quarkiverse.engagevoice.client.internal;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.client.ClientRequestContext;

import io.quarkiverse.engagevoice.client.api.AccessTokenCookie;
import io.quarkiverse.engagevoice.client.api.Idempotent;

/**
 * Names the operation a request belongs to, from the interface method the MicroProfile Rest Client invoked: its
 * name and its path template, which (unlike the real URI) hold no parameter values and so no secrets.
 */
public final class Operations {

    /** The request property every MicroProfile Rest Client implementation sets to the invoked method. */
    public static final String INVOKED_METHOD = "org.eclipse.microprofile.rest.client.invokedMethod";

    private static final Map<Method, Operation> CACHE = new ConcurrentHashMap<>();
    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");

    private Operations() {
    }

    /** The operation of an interface method. */
    public static Operation of(Method method) {
        return CACHE.computeIfAbsent(method, Operations::describe);
    }

    /** The operation of this request; falls back to the method and a path without parameters. */
    public static Operation of(ClientRequestContext request) {
        Object invoked = request.getProperty(INVOKED_METHOD);
        if (invoked instanceof Method method) {
            return of(method);
        }
        return new Operation(request.getMethod() + " request", request.getMethod() + " " + request.getUri().getRawPath(), -1,
                false, false);
    }

    private static Operation describe(Method method) {
        if (method.isDefault()) {
            // a default method delegates to an overload of the same name: name its errors after that request
            Method delegate = null;
            for (Method m : method.getDeclaringClass().getMethods()) {
                if (!m.isDefault() && m.getName().equals(method.getName())
                        && (delegate == null || m.getParameterCount() > delegate.getParameterCount())) {
                    delegate = m;
                }
            }
            if (delegate != null) {
                Operation op = describe(delegate);
                return new Operation(method.getDeclaringClass().getSimpleName() + "." + method.getName(), op.request(),
                        op.segments(), op.accessTokenCookie(), op.idempotent());
            }
        }
        String verb = "?";
        for (var a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                verb = http.value();
            }
        }
        Path type = method.getDeclaringClass().getAnnotation(Path.class);
        Path sub = method.getAnnotation(Path.class);
        String template = join(type == null ? "" : type.value(), sub == null ? "" : sub.value());
        boolean idempotent = IDEMPOTENT_METHODS.contains(verb) || method.isAnnotationPresent(Idempotent.class);
        return new Operation(method.getDeclaringClass().getSimpleName() + "." + method.getName(), verb + " " + template,
                (int) template.chars().filter(c -> c == '/').count(), method.isAnnotationPresent(AccessTokenCookie.class),
                idempotent);
    }

    private static String join(String a, String b) {
        String left = a.endsWith("/") ? a.substring(0, a.length() - 1) : a;
        if (b.isEmpty()) {
            return left;
        }
        return left + (b.startsWith("/") ? b : "/" + b);
    }

    /**
     * @param name such as {@code AgentGroupsApi.get}
     * @param request such as {@code GET /v1/admin/accounts/{accountId}/agentGroups/{agentGroupId}}
     * @param segments the number of {@code /} in the path template, or -1 when the template is unknown
     * @param accessTokenCookie whether the operation also wants the access token as a cookie
     * @param idempotent whether sending it twice is safe: GET, HEAD, OPTIONS, PUT, DELETE, or a POST marked
     *        {@link Idempotent}
     */
    public record Operation(String name, String request, int segments, boolean accessTokenCookie, boolean idempotent) {

        /** The path template, without the HTTP method. */
        public String pathTemplate() {
            return request.substring(request.indexOf(' ') + 1);
        }
    }
}
