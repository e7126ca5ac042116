package io.quarkiverse.engagevoice.client.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.ws.rs.ProcessingException;

import io.quarkiverse.engagevoice.client.auth.AccessCredential;

/** Waits, for blocking callers, for a credential a token provider hands out as a stage. */
final class CredentialWait {

    private CredentialWait() {
    }

    /** The credential at once when the stage is complete, else after waiting at most {@code timeout}. */
    static AccessCredential await(CompletionStage<AccessCredential> stage, Duration timeout) {
        CompletableFuture<AccessCredential> future = toFuture(stage);
        if (future.isDone() && !future.isCompletedExceptionally()) {
            return future.join();
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProcessingException("interrupted while waiting for an Engage Voice credential", e);
        } catch (TimeoutException e) {
            throw new ProcessingException("no Engage Voice credential within " + timeout, e);
        } catch (ExecutionException e) {
            Throwable cause = unwrap(e);
            throw cause instanceof RuntimeException r ? r : new ProcessingException(cause);
        }
    }

    /** Removes the wrappers that futures put around a failure. */
    static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    private static CompletableFuture<AccessCredential> toFuture(CompletionStage<AccessCredential> stage) {
        try {
            return stage.toCompletableFuture();
        } catch (UnsupportedOperationException e) {
            // a stage that cannot convert itself (a minimal or read-only implementation)
            CompletableFuture<AccessCredential> future = new CompletableFuture<>();
            stage.whenComplete((c, err) -> {
                if (err != null) {
                    future.completeExceptionally(err);
                } else {
                    future.complete(c);
                }
            });
            return future;
        }
    }
}
