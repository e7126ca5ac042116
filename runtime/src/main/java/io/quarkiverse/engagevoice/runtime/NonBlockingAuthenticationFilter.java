package io.quarkiverse.engagevoice.runtime;

import java.util.concurrent.CompletableFuture;

import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestContext;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestFilter;

import io.quarkiverse.engagevoice.client.auth.AccessCredential;
import io.quarkiverse.engagevoice.client.auth.TokenProvider;
import io.quarkiverse.engagevoice.client.internal.AuthenticationFilter;
import io.quarkiverse.engagevoice.client.internal.CredentialHeader;

/**
 * The Quarkus REST client's authentication filter: uses a cached credential at once, and otherwise suspends the
 * request until the token provider completes, so that no event-loop thread ever blocks on a login or refresh.
 */
final class NonBlockingAuthenticationFilter implements ResteasyReactiveClientRequestFilter {

    private final TokenProvider tokens;
    private final CredentialHeader header = new CredentialHeader();

    NonBlockingAuthenticationFilter(TokenProvider tokens) {
        this.tokens = tokens;
    }

    @Override
    public void filter(ResteasyReactiveClientRequestContext request) {
        CompletableFuture<AccessCredential> credential = tokens.credential().toCompletableFuture();
        if (credential.isDone() && !credential.isCompletedExceptionally()) {
            AuthenticationFilter.apply(request, credential.join(), header);
            return;
        }
        request.suspend();
        credential.whenComplete((c, failure) -> {
            if (failure != null) {
                request.resume(failure);
            } else {
                AuthenticationFilter.apply(request, c, header);
                request.resume();
            }
        });
    }
}
