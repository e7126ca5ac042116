package io.quarkiverse.engagevoice.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;

import jakarta.ws.rs.client.ClientRequestFilter;

import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestContext;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestFilter;

import io.quarkiverse.engagevoice.client.auth.AccessCredential;
import io.quarkiverse.engagevoice.client.auth.TokenProvider;
import io.quarkiverse.engagevoice.client.spi.RequestCredentials;

/**
 * The Quarkus REST client's request filter of the library: uses a cached credential at once, and otherwise suspends
 * the request until the token provider completes, so that no event-loop thread ever blocks on a login or refresh;
 * then runs the library's other request steps.
 */
final class NonBlockingAuthenticationFilter implements ResteasyReactiveClientRequestFilter {

    private final TokenProvider tokens;
    private final ClientRequestFilter then;
    private final RequestCredentials credentials = new RequestCredentials();

    NonBlockingAuthenticationFilter(TokenProvider tokens, ClientRequestFilter then) {
        this.tokens = tokens;
        this.then = then;
    }

    @Override
    public void filter(ResteasyReactiveClientRequestContext request) {
        CompletableFuture<AccessCredential> credential = tokens.credential().toCompletableFuture();
        if (credential.isDone() && !credential.isCompletedExceptionally()) {
            credentials.apply(request, credential.join());
            runSteps(request);
            return;
        }
        request.suspend();
        credential.whenComplete((c, failure) -> {
            if (failure != null) {
                request.resume(failure);
                return;
            }
            credentials.apply(request, c);
            try {
                then.filter(request);
            } catch (IOException | RuntimeException e) {
                request.resume(e);
                return;
            }
            request.resume();
        });
    }

    private void runSteps(ResteasyReactiveClientRequestContext request) {
        try {
            then.filter(request);
        } catch (IOException e) { // the steps throw none; the filter interface of Quarkus REST declares none
            throw new UncheckedIOException(e);
        }
    }
}
