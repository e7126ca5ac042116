package io.quarkiverse.engagevoice.runtime.tracing;

import java.util.List;

import jakarta.inject.Singleton;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.quarkiverse.engagevoice.client.spi.Redactions;

/**
 * Masks secrets in the URL attributes of every span as it starts: the Quarkus REST client's own spans record the
 * full URL, and the Engage login sends its password in the query, API-token calls their token in the path.
 */
@Singleton
public class SecretRedactingSpanProcessor implements SpanProcessor {

    private static final List<AttributeKey<String>> URL_KEYS = List.of(AttributeKey.stringKey("url.full"),
            AttributeKey.stringKey("http.url"), AttributeKey.stringKey("url.path"), AttributeKey.stringKey("http.target"));
    private static final AttributeKey<String> QUERY = AttributeKey.stringKey("url.query");

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        for (AttributeKey<String> key : URL_KEYS) {
            String value = span.getAttribute(key);
            if (value != null) {
                String masked = Redactions.uri(value);
                if (!masked.equals(value)) {
                    span.setAttribute(key, masked);
                }
            }
        }
        String query = span.getAttribute(QUERY);
        if (query != null) {
            String masked = Redactions.uri("?" + query).substring(1);
            if (!masked.equals(query)) {
                span.setAttribute(QUERY, masked);
            }
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
