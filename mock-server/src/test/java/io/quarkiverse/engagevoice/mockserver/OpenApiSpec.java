package io.quarkiverse.engagevoice.mockserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** One official OpenAPI file, read from {@code ../shared/specs}: operations by id, schemas by name. */
final class OpenApiSpec {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    private final String fileName;
    private final JsonNode root;

    /** An operation as the file describes it. */
    record Operation(OpenApiSpec spec, String method, String path, JsonNode node) {
    }

    private OpenApiSpec(String fileName, JsonNode root) {
        this.fileName = fileName;
        this.root = root;
    }

    /** A spec from JSON already in memory (for the validator's own tests). */
    static OpenApiSpec of(String name, JsonNode root) {
        return new OpenApiSpec(name, root);
    }

    static OpenApiSpec read(Path file) {
        try {
            return new OpenApiSpec(file.getFileName().toString(), TestHttp.JSON.readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String fileName() {
        return fileName;
    }

    Optional<Operation> operation(String operationId) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey()) && operationId.equals(op.getValue().path("operationId").asText())) {
                    return Optional.of(new Operation(this, op.getKey().toUpperCase(), path.getKey(), op.getValue()));
                }
            }
        }
        return Optional.empty();
    }

    /** Resolves a local {@code $ref} such as {@code #/components/schemas/Agent}. */
    JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("only local references are supported: " + ref);
        }
        JsonNode node = root;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part.replace("~1", "/").replace("~0", "~"));
        }
        if (node.isMissingNode()) {
            throw new IllegalArgumentException(fileName + " cannot resolve " + ref);
        }
        return node;
    }
}
