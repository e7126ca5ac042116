package io.quarkiverse.engagevoice.runtime.tracing;

import java.net.URI;
import java.util.Locale;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.quarkiverse.engagevoice.client.spi.RequestOperations;
import io.quarkiverse.engagevoice.client.spi.RequestOperations.Operation;
import io.quarkiverse.engagevoice.runtime.CallKind;

/**
 * A client span per request of one client, named after its operation ({@code AgentGroupsApi.list},
 * {@code EngageAuthApi.refresh}...). Its attributes hold the path template, never the URI, whose path and query
 * may carry ids, user names or passwords; no header is recorded.
 */
final class TracingFilter implements ClientRequestFilter, ClientResponseFilter {

    static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    static final AttributeKey<String> URL_TEMPLATE = AttributeKey.stringKey("url.template");
    static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
    static final AttributeKey<String> CLIENT = AttributeKey.stringKey("engage_voice.client");
    static final AttributeKey<String> CALL = AttributeKey.stringKey("engage_voice.call");

    private static final String SPAN = TracingFilter.class.getName() + ".span";

    private final Tracer tracer;
    private final String client;

    TracingFilter(Tracer tracer, String client) {
        this.tracer = tracer;
        this.client = client;
    }

    @Override
    public void filter(ClientRequestContext request) {
        Operation operation = RequestOperations.of(request);
        URI uri = request.getUri();
        Span span = tracer.spanBuilder(operation.name())
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute(METHOD, CallKind.method(operation))
                .setAttribute(URL_TEMPLATE, CallKind.pathTemplate(operation))
                .setAttribute(SERVER_ADDRESS, uri.getHost())
                .setAttribute(SERVER_PORT, (long) port(uri))
                .setAttribute(CLIENT, client)
                .setAttribute(CALL, CallKind.of(operation).name().toLowerCase(Locale.ROOT))
                .startSpan();
        request.setProperty(SPAN, span);
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        if (!(request.getProperty(SPAN) instanceof Span span)) {
            return;
        }
        int status = response.getStatus();
        span.setAttribute(STATUS, (long) status);
        if (status >= 400) {
            span.setStatus(StatusCode.ERROR, CallKind.outcome(status));
        }
        span.end();
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
