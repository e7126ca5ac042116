package io.quarkiverse.engagevoice.runtime;

import java.util.Optional;

import io.quarkiverse.engagevoice.client.auth.TokenProvider;
import io.quarkiverse.engagevoice.client.spi.ResilienceListener;

/**
 * Watches the calls of the Engage Voice clients (metrics, tracing): a bean the extension registers only when the
 * matching Quarkus extension is present, so that the runtime never needs Micrometer or OpenTelemetry itself.
 */
public interface ClientObserver {

    /** The JAX-RS provider registered on every Rest Client of the client {@code clientName}, if any. */
    Optional<Registration> provider(String clientName);

    /** The client's token provider, possibly decorated to watch the credentials it hands out. */
    default TokenProvider tokens(String clientName, TokenProvider tokens) {
        return tokens;
    }

    /** Told of the retries and rate-limit waits of the client's resilience policy. */
    default ResilienceListener resilience(String clientName) {
        return ResilienceListener.NONE;
    }

    /** A provider and the priority it is registered with. */
    record Registration(Object provider, int priority) {
    }
}
