package io.quarkiverse.engagevoice.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One official OpenAPI 3.0 file, parsed, with the lookups the generators share. */
public final class OpenApiFile {

    static final String SCHEMA_REF_PREFIX = "#/components/schemas/";

    private final String fileName;
    private final JsonNode root;

    private OpenApiFile(String fileName, JsonNode root) {
        this.fileName = fileName;
        this.root = root;
    }

    public static OpenApiFile read(Path file) {
        try {
            return new OpenApiFile(file.getFileName().toString(), new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public String fileName() {
        return fileName;
    }

    public JsonNode root() {
        return root;
    }

    /** Follows a local {@code $ref} ({@code #/components/...}); any other node is returned as it is. */
    public JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? root.at(ref.substring(1)) : node;
    }

    public List<JsonNode> resolvedList(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(node -> nodes.add(resolve(node)));
        return nodes;
    }

    /** The name of a schema reference ({@code #/components/schemas/Name}), or {@code null}. */
    static String schemaName(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith(SCHEMA_REF_PREFIX) ? ref.substring(SCHEMA_REF_PREFIX.length()) : null;
    }

    /**
     * A short notation of a parameter's or property's type: {@code integer(int64)}, {@code string[A|B]} (an enum),
     * {@code array<string>}, {@code #Name} (a schema), {@code any} when the file says nothing.
     */
    static String typeOf(JsonNode schema) {
        String ref = schemaName(schema);
        if (ref != null) {
            return "#" + ref;
        }
        String type = schema.path("type").asText("any");
        if (type.equals("array")) {
            return "array<" + typeOf(schema.path("items")) + ">";
        }
        StringBuilder text = new StringBuilder(type);
        if (schema.hasNonNull("format")) {
            text.append('(').append(schema.path("format").asText()).append(')');
        }
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            List<String> values = new ArrayList<>();
            schema.path("enum").forEach(v -> values.add(v.asText()));
            text.append('[').append(String.join("|", values)).append(']');
        }
        return text.toString();
    }
}
