package io.quarkiverse.engagevoice.client.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Set;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;

import io.quarkiverse.engagevoice.client.api.MethodOverride;

/**
 * Tunnels PUT, DELETE and PATCH through POST, naming the real method in the {@code X-HTTP-Method-Override} header
 * or the {@code _method} query parameter. GET and POST are never changed, and only one of the two forms is ever
 * sent: a request that already names a different override is refused, because the server would answer 400.
 */
public final class MethodOverrideFilter implements ClientRequestFilter {

    public static final String HEADER = "X-HTTP-Method-Override";
    public static final String QUERY_PARAMETER = "_method";

    private static final Set<String> TUNNELLED = Set.of("PUT", "DELETE", "PATCH");

    private final MethodOverride mode;

    public MethodOverrideFilter(MethodOverride mode) {
        this.mode = mode;
    }

    @Override
    public void filter(ClientRequestContext request) {
        String method = request.getMethod();
        String header = request.getHeaderString(HEADER);
        String query = queryOverride(request.getUri().getRawQuery());
        if (header != null && query != null && !header.equalsIgnoreCase(query)) {
            throw new IllegalStateException("request names two different method overrides (header " + HEADER + ": "
                    + header + ", query " + QUERY_PARAMETER + "=" + query + "); the server would answer 400");
        }
        if (mode == MethodOverride.NONE || !TUNNELLED.contains(method)) {
            return;
        }
        String existing = header != null ? header : query;
        if (existing != null && !existing.equalsIgnoreCase(method)) {
            throw new IllegalStateException("request already names the method override '" + existing
                    + "', which differs from its method " + method);
        }
        request.setMethod("POST");
        if (mode == MethodOverride.HEADER) {
            if (query == null) {
                request.getHeaders().putSingle(HEADER, method);
            }
        } else if (query == null) {
            request.getHeaders().remove(HEADER);
            request.setUri(withQueryParameter(request.getUri(), QUERY_PARAMETER + "=" + method));
        }
    }

    /**
     * Whether an interface lets callers name an override themselves (a {@code X-HTTP-Method-Override} header or
     * {@code _method} query parameter): then even the {@code none} mode needs the filter, to refuse conflicting ones.
     */
    public static boolean declaresOverride(Class<?> type) {
        if (declaresHeader(type.getAnnotationsByType(ClientHeaderParam.class))) {
            return true;
        }
        for (Method m : type.getMethods()) {
            if (declaresHeader(m.getAnnotationsByType(ClientHeaderParam.class))) {
                return true;
            }
            for (Annotation[] parameter : m.getParameterAnnotations()) {
                for (Annotation a : parameter) {
                    if (a instanceof HeaderParam h && h.value().equalsIgnoreCase(HEADER)
                            || a instanceof QueryParam q && q.value().equals(QUERY_PARAMETER)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean declaresHeader(ClientHeaderParam[] headers) {
        for (ClientHeaderParam h : headers) {
            if (h.name().equalsIgnoreCase(HEADER)) {
                return true;
            }
        }
        return false;
    }

    private static String queryOverride(String rawQuery) {
        if (rawQuery == null || !rawQuery.contains(QUERY_PARAMETER + "=")) {
            return null; // no split for the queries that name no override, nearly all of them
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith(QUERY_PARAMETER + "=")) {
                return pair.substring(QUERY_PARAMETER.length() + 1);
            }
        }
        return null;
    }

    private static URI withQueryParameter(URI uri, String pair) {
        String s = uri.toString();
        int hash = s.indexOf('#');
        String base = hash < 0 ? s : s.substring(0, hash);
        return URI.create(base + (uri.getRawQuery() == null ? "?" : "&") + pair);
    }
}
