package io.quarkiverse.engagevoice.client.auth;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The default {@link TokenStore}: a map in this JVM. Share one instance between clients to share their tokens. */
public final class InMemoryTokenStore implements TokenStore {

    private static final CompletionStage<Boolean> TRUE = CompletableFuture.completedStage(Boolean.TRUE);
    private static final CompletionStage<Boolean> FALSE = CompletableFuture.completedStage(Boolean.FALSE);

    private final ConcurrentMap<String, StoredToken> entries = new ConcurrentHashMap<>();

    @Override
    public CompletionStage<Optional<StoredToken>> load(String key) {
        return CompletableFuture.completedStage(Optional.ofNullable(entries.get(key)));
    }

    @Override
    public CompletionStage<Boolean> compareAndSet(String key, StoredToken expected, StoredToken replacement) {
        if (expected == null) {
            return entries.putIfAbsent(key, replacement) == null ? TRUE : FALSE;
        }
        boolean[] stored = new boolean[1];
        entries.computeIfPresent(key, (k, current) -> {
            if (current.sameAccessToken(expected)) {
                stored[0] = true;
                return replacement;
            }
            return current;
        });
        return stored[0] ? TRUE : FALSE;
    }

    @Override
    public String toString() {
        return "InMemoryTokenStore[" + entries.size() + " entries]";
    }
}
