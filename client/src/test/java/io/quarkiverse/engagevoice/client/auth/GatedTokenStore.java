package io.quarkiverse.engagevoice.client.auth;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link TokenStore} (in memory) whose next write can be held: the renewal that makes it cannot finish until the
 * test releases it. Lets a test keep a refresh "in flight" for as long as it needs, without sleeping.
 */
final class GatedTokenStore implements TokenStore {

    private final InMemoryTokenStore delegate = new InMemoryTokenStore();
    private final AtomicInteger writes = new AtomicInteger();
    private volatile CompletableFuture<Void> gate;
    private volatile CountDownLatch held = new CountDownLatch(1);
    private volatile boolean released;

    /** Holds the next write until {@link #release()}. */
    void holdNextWrite() {
        gate = new CompletableFuture<>();
        held = new CountDownLatch(1);
        released = false;
    }

    /** Waits until a write is being held. */
    boolean awaitHeldWrite(long seconds) throws InterruptedException {
        return held.await(seconds, TimeUnit.SECONDS);
    }

    void release() {
        released = true;
        CompletableFuture<Void> g = gate;
        if (g != null) {
            g.complete(null);
        }
    }

    /** Whether {@link #release()} was called since the last {@link #holdNextWrite()}. */
    boolean released() {
        return released;
    }

    int writes() {
        return writes.get();
    }

    @Override
    public CompletionStage<Optional<StoredToken>> load(String key) {
        return delegate.load(key);
    }

    @Override
    public CompletionStage<Boolean> compareAndSet(String key, StoredToken expected, StoredToken replacement) {
        writes.incrementAndGet();
        CompletableFuture<Void> g = gate;
        if (g == null || g.isDone()) {
            return delegate.compareAndSet(key, expected, replacement);
        }
        held.countDown();
        return g.thenCompose(x -> delegate.compareAndSet(key, expected, replacement));
    }
}
