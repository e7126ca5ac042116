package io.quarkiverse.engagevoice.client.auth;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A fixed token: a permanent API token, or an access token obtained elsewhere. */
public final class StaticTokenProvider implements TokenProvider {

    private final CompletableFuture<AccessCredential> credential;

    private StaticTokenProvider(AccessCredential credential) {
        this.credential = CompletableFuture.completedFuture(credential);
    }

    /**
     * A permanent API token ({@code X-Auth-Token} on every generation).
     *
     * @param accountId the account the token works on, {@code null} if unknown
     */
    public static StaticTokenProvider apiToken(String token, String accountId) {
        return new StaticTokenProvider(new AccessCredential(token, AuthScheme.X_AUTH_TOKEN, null, accountId));
    }

    /**
     * An access token, sent with {@code scheme}: {@code Authorization: Bearer} on current servers, {@code X-Auth-Token}
     * on legacy servers. It is sent until the server rejects it: a static token cannot be renewed.
     */
    public static StaticTokenProvider accessToken(String token, AuthScheme scheme, String accountId) {
        return new StaticTokenProvider(new AccessCredential(token, scheme, null, accountId));
    }

    @Override
    public CompletionStage<AccessCredential> credential() {
        return credential;
    }

    @Override
    public String toString() {
        return "StaticTokenProvider[" + credential.join() + "]";
    }
}
