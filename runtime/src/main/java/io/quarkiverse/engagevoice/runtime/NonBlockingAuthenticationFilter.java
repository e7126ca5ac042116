package io.quarkiverse.engagevoice.runtime;

import java.util.concurrent.CompletableFuture;

import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestContext;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestFilter;

import io.quarkiverse.engagevoice.client.auth.AccessCredential;
import io.quarkiverse.engagevoice.client.auth.TokenProvider;
import io.quarkiverse.engagevoice.client.spi.RequestCredentials;

/**
 * The Quarkus REST client's authentication filter: uses a cached credential at once, and otherwise suspends the
 * request until the token provider completes, so that no event-loop thread ever blocks on a login or refresh.
 */
final class NonBlockingAuthenticationFilter implements ResteasyReactiveClientRequestFilter {

    private final TokenProvider tokens;
    private final RequestCredentials credentials = new RequestCredentials();

    NonBlockingAuthenticationFilter(TokenProvider tokens) {
        this.tokens = tokens;
    }

    @Override
    public void filter(ResteasyReactiveClientRequestContext request) {
        CompletableFuture<AccessCredential> credential = tokens.credential().toCompletableFuture();
        if (credential.isDone() && !credential.isCompletedExceptionally()) {
            credentials.apply(request, credential.join());
            return;
        }
        request.suspend();
        credential.whenComplete((c, failure) -> {
            if (failure != null) {
                request.resume(failure);
            } else {
                credentials.apply(request, c);
                request.resume();
            }
        });
    }
}
