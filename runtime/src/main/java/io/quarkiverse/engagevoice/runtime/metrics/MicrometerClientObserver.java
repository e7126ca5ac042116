package io.quarkiverse.engagevoice.runtime.metrics;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkiverse.engagevoice.client.auth.TokenProvider;
import io.quarkiverse.engagevoice.runtime.ClientObserver;

/** The Micrometer meters of the Engage Voice clients; a bean only when the application has quarkus-micrometer. */
@Singleton
public class MicrometerClientObserver implements ClientObserver {

    /** After every other request filter, so that the timer measures the exchange itself. */
    static final int PRIORITY = 10_000;

    @Inject
    MeterRegistry registry;

    @Override
    public Optional<Registration> provider(String clientName) {
        return Optional.of(new Registration(new MeteringFilter(registry, clientName), PRIORITY));
    }

    @Override
    public TokenProvider tokens(String clientName, TokenProvider tokens) {
        TokenExpiryWatch watch = new TokenExpiryWatch(tokens);
        Gauge.builder(ClientMeters.TOKEN_EXPIRES_IN, watch, TokenExpiryWatch::secondsLeft)
                .description("Seconds until the access token the client last used expires (NaN before the first"
                        + " call and for credentials without expiry)")
                .baseUnit("seconds")
                .tag(ClientMeters.CLIENT, clientName)
                .strongReference(true)
                .register(registry);
        return watch;
    }
}
