package io.quarkiverse.engagevoice.mockserver.internal.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

/** Permanent API tokens ({@code <prefix>:<uuid>}), each owned by a user; they never expire. */
public final class ApiTokenStore {

    /** The prefix of tokens made at run time; real ones name a server cluster, such as {@code aws80}. */
    private static final String PREFIX = "sim80";

    private final Map<String, Integer> ownerByToken = new LinkedHashMap<>();

    public void add(String token, int userId) {
        ownerByToken.put(token, userId);
    }

    public String create(int userId) {
        String token = PREFIX + ":" + UUID.randomUUID();
        add(token, userId);
        return token;
    }

    public OptionalInt owner(String token) {
        Integer userId = ownerByToken.get(token);
        return userId == null ? OptionalInt.empty() : OptionalInt.of(userId);
    }

    public List<String> tokensOf(int userId) {
        return ownerByToken.entrySet().stream()
                .filter(entry -> entry.getValue() == userId)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Removes a token of this user; false when the user has no such token. */
    public boolean remove(String token, int userId) {
        return ownerByToken.remove(token, userId);
    }
}
