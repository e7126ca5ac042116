package io.quarkiverse.engagevoice.mockserver.internal.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Rows of one resource kind in insertion order. Each row belongs to an account and, for nested resources, to a
 * parent row (an agent to its agent group, a gate to its gate group...). The JSON body is what the API returns, so
 * properties a client sent that the simulator does not know are kept.
 */
public final class Table {

    /** A stored resource; {@code parentId} is 0 for top-level resources. */
    public record Row(int id, String accountId, int parentId, ObjectNode body) {
    }

    private final String idField;
    private final AtomicInteger nextId;
    private final Map<Integer, Row> rows = new LinkedHashMap<>();

    /**
     * @param idField the property that carries the id in the JSON body
     * @param firstGeneratedId the first id handed out by {@link #nextId()}, above every seeded id
     */
    public Table(String idField, int firstGeneratedId) {
        this.idField = idField;
        this.nextId = new AtomicInteger(firstGeneratedId);
    }

    public String idField() {
        return idField;
    }

    public int nextId() {
        return nextId.getAndIncrement();
    }

    /** Stores a row, writing the id into the body. */
    public Row insert(int id, String accountId, int parentId, ObjectNode body) {
        body.put(idField, id);
        Row row = new Row(id, accountId, parentId, body);
        rows.put(id, row);
        return row;
    }

    public List<Row> list(String accountId, int parentId) {
        List<Row> result = new ArrayList<>();
        for (Row row : rows.values()) {
            if (row.accountId().equals(accountId) && row.parentId() == parentId) {
                result.add(row);
            }
        }
        return result;
    }

    public List<Row> all() {
        return List.copyOf(rows.values());
    }

    public Optional<Row> find(String accountId, int parentId, int id) {
        Row row = rows.get(id);
        if (row == null || !row.accountId().equals(accountId) || row.parentId() != parentId) {
            return Optional.empty();
        }
        return Optional.of(row);
    }

    public Optional<Row> find(String accountId, int id) {
        Row row = rows.get(id);
        return row == null || !row.accountId().equals(accountId) ? Optional.empty() : Optional.of(row);
    }

    public void delete(int id) {
        rows.remove(id);
    }
}
