package io.quarkiverse.engagevoice.client.auth;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Supplies the credential for each request of one client.
 * <p>
 * Implementations must be thread-safe and cheap on the hot path: {@link #credential()} should return an already
 * completed stage while a valid credential is cached, so that requests never wait for a refresh they do not need.
 * A stage that is not complete is awaited by the caller's filter (or, in Quarkus, the request is suspended until it
 * completes, so that no event-loop thread blocks).
 */
public interface TokenProvider {

    /** The credential to send now. */
    CompletionStage<AccessCredential> credential();

    /**
     * Called when the server answered 401 to a request sent with {@code rejected} ({@code null} when the caller does
     * not know which credential was sent: the current one): returns a credential to replay the request with, once.
     * If {@code rejected} was already replaced (another request's 401 or a refresh got there first), return the
     * current credential without renewing again; if a renewal is in progress, its result. Never called for
     * authentication requests. The default cannot renew and fails, so that the caller reports the original 401.
     */
    default CompletionStage<AccessCredential> renew(AccessCredential rejected) {
        return CompletableFuture.failedFuture(new IllegalStateException("this token provider cannot renew credentials"));
    }
}
