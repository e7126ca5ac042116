package io.quarkiverse.engagevoice.runtime.metrics;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

import io.quarkiverse.engagevoice.client.auth.AccessCredential;
import io.quarkiverse.engagevoice.client.auth.TokenProvider;

/**
 * A token provider that remembers when the last credential it handed out expires, for the gauge: reading the gauge
 * never asks for a credential, so a scrape can never cause a login.
 */
final class TokenExpiryWatch implements TokenProvider {

    private final TokenProvider delegate;
    private final Clock clock = Clock.systemUTC();
    private volatile Instant expiresAt;

    TokenExpiryWatch(TokenProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public CompletionStage<AccessCredential> credential() {
        return delegate.credential().thenApply(this::seen);
    }

    @Override
    public CompletionStage<AccessCredential> renew(AccessCredential rejected) {
        return delegate.renew(rejected).thenApply(this::seen);
    }

    private AccessCredential seen(AccessCredential credential) {
        expiresAt = credential.expiresAt().orElse(null);
        return credential;
    }

    double secondsLeft() {
        Instant at = expiresAt;
        return at == null ? Double.NaN : (at.toEpochMilli() - clock.millis()) / 1000.0;
    }
}
