package io.quarkiverse.engagevoice.mockserver.internal.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.data.ContactCentre;
import io.quarkiverse.engagevoice.mockserver.internal.data.Table;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiRequest;

/**
 * What the generic CRUD endpoints need to know about one resource kind; made with {@link #of}, then refined by the
 * builder's methods.
 */
public final class ResourceKind {

    /** For kinds whose rows own nothing else. */
    public static final BiConsumer<ContactCentre, Table.Row> NO_CASCADE = (data, row) -> {
    };

    /** Builds the representation of a row; the default is a copy of the stored body. */
    @FunctionalInterface
    public interface View {
        ObjectNode render(ContactCentre data, Table.Row row, ApiRequest request);

        View COPY = (data, row, request) -> row.body().deepCopy();
    }

    private final String label;
    private final String idParam;
    private final Function<ContactCentre, Table> table;
    private final Function<Instant, ObjectNode> template;
    private final ResourceKind parent;
    private final List<String> requiredText;
    private final Map<String, Set<String>> enums;
    private final String uniqueText;
    private final BiConsumer<ContactCentre, Table.Row> onDelete;
    private final View view;
    private final boolean paged;

    private ResourceKind(Builder b) {
        this.label = b.label;
        this.idParam = b.idParam;
        this.table = b.table;
        this.template = b.template;
        this.parent = b.parent;
        this.requiredText = List.copyOf(b.requiredText);
        this.enums = Map.copyOf(b.enums);
        this.uniqueText = b.uniqueText;
        this.onDelete = b.onDelete;
        this.view = b.view;
        this.paged = b.paged;
    }

    /**
     * A kind of top-level, paged rows that own nothing else, shown as stored.
     *
     * @param label the name used in error messages ("Agent group")
     * @param idParam the path parameter (and JSON property) that carries the id
     * @param table where the rows live
     * @param template the JSON a create starts from
     */
    public static Builder of(String label, String idParam, Function<ContactCentre, Table> table,
            Function<Instant, ObjectNode> template) {
        return new Builder(label, idParam, table, template);
    }

    public String label() {
        return label;
    }

    public String idParam() {
        return idParam;
    }

    public Function<ContactCentre, Table> table() {
        return table;
    }

    public Function<Instant, ObjectNode> template() {
        return template;
    }

    /** The kind this one is nested under, or {@code null}. */
    public ResourceKind parent() {
        return parent;
    }

    /** Properties that must be non-blank strings. */
    public List<String> requiredText() {
        return requiredText;
    }

    /** Properties restricted to a set of values. */
    public Map<String, Set<String>> enums() {
        return enums;
    }

    /** A property whose value must be unique across the table, or {@code null}. */
    public String uniqueText() {
        return uniqueText;
    }

    /** What else goes when a row is deleted (nested rows, leads). */
    public BiConsumer<ContactCentre, Table.Row> onDelete() {
        return onDelete;
    }

    /** The representation of a stored row for a given request. */
    public View view() {
        return view;
    }

    /**
     * Whether the list operation takes {@code page} and {@code maxRows} (per the OpenAPI files); when it does not,
     * those parameters are ignored as the real server ignores them.
     */
    public boolean paged() {
        return paged;
    }

    @Override
    public String toString() {
        return "ResourceKind[" + label + "]";
    }

    /** Refines a kind; {@link #build()} makes it. */
    public static final class Builder {
        private final String label;
        private final String idParam;
        private final Function<ContactCentre, Table> table;
        private final Function<Instant, ObjectNode> template;
        private ResourceKind parent;
        private final List<String> requiredText = new ArrayList<>();
        private final Map<String, Set<String>> enums = new LinkedHashMap<>();
        private String uniqueText;
        private BiConsumer<ContactCentre, Table.Row> onDelete = NO_CASCADE;
        private View view = View.COPY;
        private boolean paged = true;

        private Builder(String label, String idParam, Function<ContactCentre, Table> table,
                Function<Instant, ObjectNode> template) {
            this.label = Objects.requireNonNull(label, "label");
            this.idParam = Objects.requireNonNull(idParam, "idParam");
            this.table = Objects.requireNonNull(table, "table");
            this.template = Objects.requireNonNull(template, "template");
        }

        /** Rows of this kind live under a row of {@code parent}. */
        public Builder nestedUnder(ResourceKind parent) {
            this.parent = parent;
            return this;
        }

        /** Properties that must be non-blank strings. */
        public Builder requiredText(String... properties) {
            requiredText.addAll(List.of(properties));
            return this;
        }

        /** A property restricted to {@code values}. */
        public Builder allowed(String property, Set<String> values) {
            enums.put(property, Set.copyOf(values));
            return this;
        }

        /** A property whose value must be unique across the table. */
        public Builder unique(String property) {
            this.uniqueText = property;
            return this;
        }

        /** What else goes when a row is deleted. */
        public Builder onDelete(BiConsumer<ContactCentre, Table.Row> cascade) {
            this.onDelete = Objects.requireNonNull(cascade, "cascade");
            return this;
        }

        /** The representation of a stored row, instead of a copy. */
        public Builder view(View view) {
            this.view = Objects.requireNonNull(view, "view");
            return this;
        }

        /** The list operation has no paging parameters. */
        public Builder unpaged() {
            this.paged = false;
            return this;
        }

        public ResourceKind build() {
            return new ResourceKind(this);
        }
    }
}
