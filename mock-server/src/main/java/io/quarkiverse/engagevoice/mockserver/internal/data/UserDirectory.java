package io.quarkiverse.engagevoice.mockserver.internal.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.json.Json;

/** Engage admin users, a tree of parent and child users as {@code GET /v1/admin/users} shows it. */
public final class UserDirectory {

    /** A user; {@code body} has the {@code User} shape without {@code children}. */
    public record UserRecord(int userId, int parentUserId, ObjectNode body) {
        public boolean enabled() {
            return body.path("enabled").asBoolean(true);
        }
    }

    private final List<UserRecord> users = new ArrayList<>();

    public void add(int userId, int parentUserId, ObjectNode body) {
        body.put("userId", userId);
        users.add(new UserRecord(userId, parentUserId, body));
    }

    public Optional<UserRecord> find(int userId) {
        return users.stream().filter(user -> user.userId() == userId).findFirst();
    }

    /**
     * The users visible to {@code rootUserId}: that user with its descendants nested in {@code children}, or with
     * {@code flatten} every one of them at the top level with empty {@code children}.
     */
    public ArrayNode listFrom(int rootUserId, boolean activeOnly, boolean flatten) {
        ArrayNode result = Json.array();
        find(rootUserId).filter(user -> !activeOnly || user.enabled()).ifPresent(root -> {
            if (flatten) {
                collectFlat(root, activeOnly, result);
            } else {
                result.add(nested(root, activeOnly));
            }
        });
        return result;
    }

    private ObjectNode nested(UserRecord user, boolean activeOnly) {
        ObjectNode node = user.body().deepCopy();
        ArrayNode children = node.putArray("children");
        for (UserRecord child : childrenOf(user.userId(), activeOnly)) {
            children.add(nested(child, activeOnly));
        }
        return node;
    }

    private void collectFlat(UserRecord user, boolean activeOnly, ArrayNode into) {
        ObjectNode node = user.body().deepCopy();
        node.putArray("children");
        into.add(node);
        for (UserRecord child : childrenOf(user.userId(), activeOnly)) {
            collectFlat(child, activeOnly, into);
        }
    }

    private List<UserRecord> childrenOf(int userId, boolean activeOnly) {
        return users.stream()
                .filter(user -> user.parentUserId() == userId)
                .filter(user -> !activeOnly || user.enabled())
                .toList();
    }
}
