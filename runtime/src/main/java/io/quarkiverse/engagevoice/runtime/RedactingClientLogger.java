package io.quarkiverse.engagevoice.runtime;

import java.util.Map;

import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.client.api.ClientLogger;

import io.quarkiverse.engagevoice.client.spi.Redactions;
import io.quarkus.rest.client.reactive.runtime.RestClientBuilderImpl;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;

/**
 * The request/response log of the Engage Voice clients when Quarkus REST client logging is on
 * ({@code quarkus.rest-client.logging.scope=request-response}): the same information as the default logger, with
 * credential headers, secret parameters, secret body properties and API tokens in paths masked.
 */
final class RedactingClientLogger implements ClientLogger {

    private static final Logger LOG = Logger.getLogger(RedactingClientLogger.class);

    private int bodySize;

    /** Rest Client builders whose clients log through this logger (when logging is on at all). */
    static RestClientBuilder builder() {
        RestClientBuilder builder = RestClientBuilder.newBuilder();
        if (builder instanceof RestClientBuilderImpl quarkus) {
            quarkus.clientLogger(new RedactingClientLogger());
        }
        return builder;
    }

    @Override
    public void setBodySize(int bodySize) {
        this.bodySize = bodySize;
    }

    @Override
    public void logRequest(HttpClientRequest request, Buffer body, boolean omitBody) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf("Request: %s %s Headers[%s], Body:%n%s", request.getMethod(), Redactions.uri(request.absoluteURI()),
                    headers(request.headers()), omitBody ? "" : body(body));
        }
    }

    @Override
    public void logResponse(HttpClientResponse response, boolean redirect) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        response.bodyHandler(body -> LOG.debugf("%s: %s %s, Status[%d %s], Headers[%s], Body:%n%s",
                redirect ? "Redirect" : "Response", response.request().getMethod(),
                Redactions.uri(response.request().absoluteURI()), response.statusCode(), response.statusMessage(),
                headers(response.headers()), body(body)));
    }

    private String body(Buffer body) {
        if (body == null || bodySize <= 0) {
            return "";
        }
        String text = body.toString();
        String redacted = Redactions.body(text);
        return redacted.length() <= bodySize ? redacted : redacted.substring(0, bodySize) + "...";
    }

    private static String headers(MultiMap headers) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> h : headers) {
            b.append(h.getKey()).append('=').append(Redactions.isSecretHeader(h.getKey()) ? Redactions.MASK : h.getValue())
                    .append(' ');
        }
        return b.toString().strip();
    }
}
