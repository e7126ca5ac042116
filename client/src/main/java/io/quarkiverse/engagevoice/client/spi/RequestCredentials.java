package io.quarkiverse.engagevoice.client.spi;

import jakarta.ws.rs.client.ClientRequestContext;

import io.quarkiverse.engagevoice.client.auth.AccessCredential;
import io.quarkiverse.engagevoice.client.internal.AuthenticationFilter;
import io.quarkiverse.engagevoice.client.internal.CredentialHeader;

/**
 * How a runtime's own authentication filter puts a credential on a request, exactly as the portable filter does. One
 * instance per filter: it reuses the header value while the credential stays the same, as the portable filter does.
 */
public final class RequestCredentials {

    private final CredentialHeader header = new CredentialHeader();

    /** Sets the credential's header and remembers the credential for the 401 replay. */
    public void apply(ClientRequestContext request, AccessCredential credential) {
        AuthenticationFilter.apply(request, credential, header);
    }
}
