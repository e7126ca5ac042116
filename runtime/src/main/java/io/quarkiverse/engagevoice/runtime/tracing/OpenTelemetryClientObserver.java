package io.quarkiverse.engagevoice.runtime.tracing;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.opentelemetry.api.OpenTelemetry;
import io.quarkiverse.engagevoice.runtime.ClientObserver;

/** The OpenTelemetry spans of the Engage Voice clients; a bean only when the application has quarkus-opentelemetry. */
@Singleton
public class OpenTelemetryClientObserver implements ClientObserver {

    /** The instrumentation scope of the spans. */
    static final String SCOPE = "io.quarkiverse.engagevoice";

    /** Just before the metering filter: the span covers the same exchange. */
    static final int PRIORITY = 9_000;

    @Inject
    OpenTelemetry openTelemetry;

    @Override
    public Optional<Registration> provider(String clientName) {
        return Optional.of(new Registration(new TracingFilter(openTelemetry.getTracer(SCOPE), clientName), PRIORITY));
    }
}
