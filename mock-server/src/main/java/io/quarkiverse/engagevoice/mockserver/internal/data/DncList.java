package io.quarkiverse.engagevoice.mockserver.internal.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The do-not-call entries of every account, each in the shape the developer guide shows. */
public final class DncList {

    private record Entry(String accountId, ObjectNode view) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public void add(String accountId, ObjectNode view) {
        entries.add(new Entry(accountId, view));
    }

    public List<ObjectNode> of(String accountId) {
        return entries.stream().filter(e -> e.accountId().equals(accountId)).map(Entry::view).toList();
    }

    /** Removes the entries of the account that {@code which} selects; how many. */
    public int remove(String accountId, Predicate<ObjectNode> which) {
        int before = entries.size();
        entries.removeIf(e -> e.accountId().equals(accountId) && which.test(e.view()));
        return before - entries.size();
    }
}
