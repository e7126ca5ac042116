package io.quarkiverse.engagevoice.client.spi;

import jakarta.ws.rs.client.ClientRequestContext;

import io.quarkiverse.engagevoice.client.auth.AccessCredential;
import io.quarkiverse.engagevoice.client.internal.AuthenticationFilter;

/** How a runtime's own authentication filter puts a credential on a request, exactly as the portable filter does. */
public final class RequestCredentials {

    private RequestCredentials() {
    }

    /** Sets the credential's header and remembers the credential for the 401 replay. */
    public static void apply(ClientRequestContext request, AccessCredential credential) {
        AuthenticationFilter.apply(request, credential);
    }
}
