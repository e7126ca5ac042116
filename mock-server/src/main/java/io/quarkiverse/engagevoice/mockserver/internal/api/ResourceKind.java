package io.quarkiverse.engagevoice.mockserver.internal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkiverse.engagevoice.mockserver.internal.data.ContactCentre;
import io.quarkiverse.engagevoice.mockserver.internal.data.Table;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiRequest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What the generic CRUD endpoints need to know about one resource kind.
 *
 * @param label the name used in error messages ("Agent group")
 * @param idParam the path parameter (and JSON property) that carries the id
 * @param table where the rows live
 * @param parent the kind this one is nested under, or {@code null}
 * @param template the JSON a create starts from
 * @param requiredText properties that must be non-blank strings
 * @param enums properties restricted to a set of values
 * @param uniqueText a property whose value must be unique across the table, or {@code null}
 * @param onDelete what else goes when a row is deleted (nested rows, leads)
 * @param view the representation of a stored row for a given request
 * @param paged whether the list operation takes {@code page} and {@code maxRows} (per the OpenAPI files); when it
 *        does not, those parameters are ignored as the real server ignores them
 */
public record ResourceKind(
        String label,
        String idParam,
        Function<ContactCentre, Table> table,
        ResourceKind parent,
        Function<Instant, ObjectNode> template,
        List<String> requiredText,
        Map<String, Set<String>> enums,
        String uniqueText,
        BiConsumer<ContactCentre, Table.Row> onDelete,
        View view,
        boolean paged) {

    /** For kinds whose rows own nothing else. */
    public static final BiConsumer<ContactCentre, Table.Row> NO_CASCADE = (data, row) -> {
    };

    /** Builds the representation of a row; the default is a copy of the stored body. */
    @FunctionalInterface
    public interface View {
        ObjectNode render(ContactCentre data, Table.Row row, ApiRequest request);

        View COPY = (data, row, request) -> row.body().deepCopy();
    }
}
