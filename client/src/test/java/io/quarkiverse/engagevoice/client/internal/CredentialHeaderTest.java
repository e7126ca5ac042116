package io.quarkiverse.engagevoice.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.auth.AccessCredential;
import io.quarkiverse.engagevoice.client.auth.AuthScheme;

class CredentialHeaderTest {

    private final CredentialHeader header = new CredentialHeader();

    @Test
    void aBearerTokenIsPrefixedAndTheValueIsReusedWhileTheCredentialIsTheSame() {
        AccessCredential credential = new AccessCredential("token-a", AuthScheme.BEARER, Instant.now(), null);

        String first = header.value(credential);

        assertThat(first).isEqualTo("Bearer token-a");
        assertThat(header.value(credential)).isSameAs(first);
    }

    @Test
    void aNewCredentialGetsItsOwnValueEvenWithTheSameToken() {
        AccessCredential old = new AccessCredential("token-a", AuthScheme.BEARER, Instant.now(), null);
        AccessCredential renewed = new AccessCredential("token-b", AuthScheme.BEARER, Instant.now(), null);
        AccessCredential legacy = new AccessCredential("token-b", AuthScheme.X_AUTH_TOKEN, null, null);

        header.value(old);

        assertThat(header.value(renewed)).isEqualTo("Bearer token-b");
        assertThat(header.value(legacy)).isEqualTo("token-b");
        assertThat(header.value(old)).isEqualTo("Bearer token-a");
    }
}
