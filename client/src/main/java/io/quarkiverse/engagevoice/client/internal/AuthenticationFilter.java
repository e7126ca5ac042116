package io.quarkiverse.engagevoice.client.internal;

import java.io.IOException;
import java.time.Duration;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import io.quarkiverse.engagevoice.client.auth.AccessCredential;
import io.quarkiverse.engagevoice.client.auth.TokenProvider;

/**
 * Puts the credential of the client's {@link TokenProvider} on each request, as {@code Authorization: Bearer} or
 * {@code X-Auth-Token}. A cached credential is used at once; otherwise this portable filter waits for the provider
 * (the Quarkus extension registers a non-blocking variant that suspends the request instead).
 */
public final class AuthenticationFilter implements ClientRequestFilter {

    public static final int PRIORITY = Priorities.AUTHENTICATION;
    /** The request property holding the credential sent, read by later filters and the 401 replay. */
    public static final String CREDENTIAL_PROPERTY = AccessCredential.class.getName();

    private final TokenProvider tokens;
    private final Duration timeout;
    private final ClientRequestFilter then;
    private final CredentialHeader header = new CredentialHeader();

    /** @param then the request steps that follow the credential, see {@code RequestSteps} */
    public AuthenticationFilter(TokenProvider tokens, Duration timeout, ClientRequestFilter then) {
        this.tokens = tokens;
        this.timeout = timeout;
        this.then = then;
    }

    @Override
    public void filter(ClientRequestContext request) throws IOException {
        apply(request, CredentialWait.await(tokens.credential(), timeout), header);
        then.filter(request);
    }

    /** Sets the credential's header on the request and remembers the credential in a request property. */
    public static void apply(ClientRequestContext request, AccessCredential credential) {
        apply(request, credential, new CredentialHeader());
    }

    /** As {@link #apply(ClientRequestContext, AccessCredential)}, reusing the header value built for this credential. */
    public static void apply(ClientRequestContext request, AccessCredential credential, CredentialHeader header) {
        request.setProperty(CREDENTIAL_PROPERTY, credential);
        request.getHeaders().putSingle(switch (credential.scheme()) {
            case BEARER -> HttpHeaders.AUTHORIZATION;
            case X_AUTH_TOKEN -> "X-Auth-Token";
        }, header.value(credential));
        if (Operations.of(request).accessTokenCookie()) {
            request.getHeaders().add(HttpHeaders.COOKIE, "access_token=" + credential.token());
        }
    }
}
