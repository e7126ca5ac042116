package io.quarkiverse.engagevoice.runtime.metrics;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkiverse.engagevoice.client.auth.TokenProvider;
import io.quarkiverse.engagevoice.client.spi.ResilienceListener;
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
    public ResilienceListener resilience(String clientName) {
        Counter retries = Counter.builder(ClientMeters.RETRIES).tag(ClientMeters.CLIENT, clientName)
                .description("API calls sent again by the resilience policy after a failure safe to retry")
                .register(registry);
        Counter waits = Counter.builder(ClientMeters.RATE_LIMIT_WAITS).tag(ClientMeters.CLIENT, clientName)
                .description("Waits of API calls for room in a client-side rate limit window").register(registry);
        Counter rejections = Counter.builder(ClientMeters.RATE_LIMIT_REJECTIONS).tag(ClientMeters.CLIENT, clientName)
                .description("API calls failed at once because the client-side rate limit wait would be too long")
                .register(registry);
        return new ResilienceListener() {
            @Override
            public void retry() {
                retries.increment();
            }

            @Override
            public void rateLimitWait() {
                waits.increment();
            }

            @Override
            public void rateLimitRejected() {
                rejections.increment();
            }
        };
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
