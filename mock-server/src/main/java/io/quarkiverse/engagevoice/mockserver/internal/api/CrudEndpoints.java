package io.quarkiverse.engagevoice.mockserver.internal.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.data.ContactCentre;
import io.quarkiverse.engagevoice.mockserver.internal.data.Table;
import io.quarkiverse.engagevoice.mockserver.internal.json.Json;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiException;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiRequest;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiResponse;
import io.quarkiverse.engagevoice.mockserver.internal.routing.Endpoint;
import io.quarkiverse.engagevoice.mockserver.internal.routing.FieldError;

/**
 * List, create, read, partial update and delete for one {@link ResourceKind}. A PUT changes only the properties
 * present in its body and answers the whole resource; properties the simulator does not know are stored as sent,
 * so a GET-modify-PUT round trip loses nothing.
 */
public final class CrudEndpoints {

    private final Supplier<ContactCentre> data;
    private final ResourceKind kind;

    public CrudEndpoints(Supplier<ContactCentre> data, ResourceKind kind) {
        this.data = data;
        this.kind = kind;
    }

    /** Where a request's rows live: the account and, for nested kinds, the parent row. */
    private record Scope(String accountId, int parentId) {
    }

    public Endpoint list() {
        return request -> {
            ContactCentre centre = data.get();
            Scope scope = scope(request, centre);
            List<Table.Row> rows = kind.table().apply(centre).list(scope.accountId(), scope.parentId());
            ArrayNode result = Json.array();
            for (Table.Row row : kind.paged() ? Paging.of(request).apply(rows) : rows) {
                result.add(kind.view().render(centre, row, request));
            }
            return ApiResponse.ok(result);
        };
    }

    public Endpoint create() {
        return request -> {
            ContactCentre centre = data.get();
            Scope scope = scope(request, centre);
            ObjectNode sent = request.jsonObjectBody();
            validate(sent, true);
            Table table = kind.table().apply(centre);
            requireUnique(table, sent, -1);
            ObjectNode body = kind.template().apply(request.now());
            sent.fields().forEachRemaining(field -> {
                if (!field.getKey().equals(kind.idParam())) {
                    body.set(field.getKey(), field.getValue());
                }
            });
            Table.Row row = table.insert(table.nextId(), scope.accountId(), scope.parentId(), body);
            return ApiResponse.created(kind.view().render(centre, row, request));
        };
    }

    public Endpoint get() {
        return request -> {
            ContactCentre centre = data.get();
            Table.Row row = existing(request, centre);
            return ApiResponse.ok(kind.view().render(centre, row, request));
        };
    }

    public Endpoint update() {
        return request -> {
            ContactCentre centre = data.get();
            Table.Row row = existing(request, centre);
            ObjectNode changes = request.jsonObjectBody();
            validate(changes, false);
            requireUnique(kind.table().apply(centre), changes, row.id());
            for (Iterator<Map.Entry<String, JsonNode>> it = changes.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getKey().equals(kind.idParam())) {
                    row.body().set(field.getKey(), field.getValue());
                }
            }
            return ApiResponse.ok(kind.view().render(centre, row, request));
        };
    }

    public Endpoint delete() {
        return request -> {
            ContactCentre centre = data.get();
            Table.Row row = existing(request, centre);
            kind.onDelete().accept(centre, row);
            kind.table().apply(centre).delete(row.id());
            return ApiResponse.ok(BooleanNode.TRUE);
        };
    }

    private Scope scope(ApiRequest request, ContactCentre centre) {
        String accountId = AccountGuard.accessibleAccount(request, centre);
        ResourceKind parent = kind.parent();
        if (parent == null) {
            return new Scope(accountId, 0);
        }
        int parentId = request.intPathParam(parent.idParam());
        if (parent.table().apply(centre).find(accountId, parentId).isEmpty()) {
            throw ApiException.notFound(parent.label() + " " + parentId + " does not exist");
        }
        return new Scope(accountId, parentId);
    }

    private Table.Row existing(ApiRequest request, ContactCentre centre) {
        Scope scope = scope(request, centre);
        int id = request.intPathParam(kind.idParam());
        return kind.table().apply(centre).find(scope.accountId(), scope.parentId(), id)
                .orElseThrow(() -> ApiException.notFound(kind.label() + " " + id + " does not exist"));
    }

    /** On create every required property must be there; on update only those present are checked. */
    private void validate(ObjectNode body, boolean creating) {
        List<FieldError> errors = new ArrayList<>();
        for (String name : kind.requiredText()) {
            JsonNode value = body.get(name);
            if ((creating || value != null) && (value == null || !value.isTextual() || value.asText().isBlank())) {
                errors.add(new FieldError(name, "may not be empty", value == null || value.isNull() ? null
                        : value.asText()));
            }
        }
        for (Map.Entry<String, Set<String>> entry : kind.enums().entrySet()) {
            JsonNode value = body.get(entry.getKey());
            // null and blank values are the business of the required-property check above
            boolean present = value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank());
            if (present && (!value.isTextual() || !entry.getValue().contains(value.asText()))) {
                errors.add(new FieldError(entry.getKey(),
                        "must be one of " + entry.getValue().stream().sorted().toList(), value.asText()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation("The supplied data is not valid", errors);
        }
    }

    private void requireUnique(Table table, ObjectNode body, int exceptId) {
        String property = kind.uniqueText();
        if (property == null || !body.path(property).isTextual()) {
            return;
        }
        String wanted = body.get(property).asText().toLowerCase(Locale.ROOT);
        for (Table.Row row : table.all()) {
            if (row.id() != exceptId && row.body().path(property).asText("").toLowerCase(Locale.ROOT).equals(wanted)) {
                throw ApiException.conflict(kind.label() + " with " + property + " '" + body.get(property).asText()
                        + "' already exists");
            }
        }
    }
}
