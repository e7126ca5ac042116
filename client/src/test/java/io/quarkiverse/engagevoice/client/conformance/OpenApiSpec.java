package io.quarkiverse.engagevoice.client.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The operations of one OpenAPI 3.0 file, reduced to what the conformance test compares: method, path, parameters,
 * request body and success media types.
 */
final class OpenApiSpec {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head",
            "options");

    private final String fileName;
    private final List<Operation> operations;
    /** By {@link PathTemplate#shapeKey}: a path matches whatever its variables are named. */
    private final Map<String, Operation> byShape = new LinkedHashMap<>();

    private OpenApiSpec(String fileName, List<Operation> operations) {
        this.fileName = fileName;
        this.operations = List.copyOf(operations);
        for (Operation operation : operations) {
            byShape.put(PathTemplate.shapeKey(operation.method(), operation.path()), operation);
        }
    }

    static OpenApiSpec read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String fileName = file.getFileName().toString();
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> pathItem = paths.next();
            String path = repairedPath(pathItem.getKey());
            List<JsonNode> sharedParameters = list(root, pathItem.getValue().path("parameters"));
            for (Iterator<Map.Entry<String, JsonNode>> methods = pathItem.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> entry = methods.next();
                if (HTTP_METHODS.contains(entry.getKey())) {
                    operations.add(operation(root, fileName, entry.getKey().toUpperCase(Locale.ROOT), path,
                            entry.getValue(), sharedParameters));
                }
            }
        }
        return new OpenApiSpec(fileName, operations);
    }

    String fileName() {
        return fileName;
    }

    List<Operation> operations() {
        return operations;
    }

    /** The operation of that method at that path, the names of the path variables aside. */
    Optional<Operation> find(String method, String path) {
        return Optional.ofNullable(byShape.get(PathTemplate.shapeKey(method, path)));
    }

    /** The methods the file documents at that path (variables named anyhow), for a helpful failure message. */
    List<String> methodsAt(String path) {
        String shape = PathTemplate.shape(path);
        return operations.stream().filter(o -> PathTemplate.shape(o.path()).equals(shape)).map(Operation::method)
                .toList();
    }

    /**
     * The current file lists four {@code /v1/admin/utilities/tnManager/*} paths without the API root
     * {@code /voice/api} that every other path has (a known defect): put it back so that they can be found.
     */
    private static String repairedPath(String path) {
        return path.startsWith("/v1/") ? "/voice/api" + path : path;
    }

    private static Operation operation(JsonNode root, String fileName, String method, String path, JsonNode node,
            List<JsonNode> sharedParameters) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (JsonNode p : sharedParameters) {
            Parameter parameter = parameter(p);
            parameters.put(parameter.key(), parameter);
        }
        for (JsonNode p : list(root, node.path("parameters"))) { // operation parameters override path-level ones
            Parameter parameter = parameter(p);
            parameters.put(parameter.key(), parameter);
        }
        List<String> tags = new ArrayList<>();
        node.path("tags").forEach(tag -> tags.add(tag.asText()));
        return new Operation(fileName, method, path, node.path("operationId").asText(null), List.copyOf(tags),
                List.copyOf(parameters.values()), requestBody(root, node.path("requestBody")),
                successMediaTypes(root, node.path("responses")));
    }

    private static Parameter parameter(JsonNode node) {
        return new Parameter(node.path("name").asText(), node.path("in").asText(), node.path("required").asBoolean());
    }

    private static Optional<RequestBody> requestBody(JsonNode root, JsonNode node) {
        JsonNode body = resolve(root, node);
        if (body.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(new RequestBody(body.path("required").asBoolean(), mediaTypes(body.path("content"))));
    }

    /** The media types of every 2xx answer (an empty set when none documents a body). */
    private static Set<String> successMediaTypes(JsonNode root, JsonNode responses) {
        Set<String> mediaTypes = new LinkedHashSet<>();
        responses.fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2")) {
                mediaTypes.addAll(mediaTypes(resolve(root, response.getValue()).path("content")));
            }
        });
        return mediaTypes;
    }

    private static Set<String> mediaTypes(JsonNode content) {
        Set<String> mediaTypes = new LinkedHashSet<>();
        content.fieldNames().forEachRemaining(mediaTypes::add);
        return mediaTypes;
    }

    private static List<JsonNode> list(JsonNode root, JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(node -> nodes.add(resolve(root, node)));
        return nodes;
    }

    /** Follows a local {@code $ref} ({@code #/components/...}); any other node is returned as it is. */
    private static JsonNode resolve(JsonNode root, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? root.at(ref.substring(1)) : node;
    }

    /** One operation of the file; {@code path} starts with {@code /voice/api} for API operations. */
    record Operation(String file, String method, String path, String operationId, List<String> tags,
            List<Parameter> parameters, Optional<RequestBody> requestBody, Set<String> successMediaTypes) {

        List<Parameter> parametersIn(String location) {
            return parameters.stream().filter(p -> p.in().equals(location)).toList();
        }

        /** For failure messages: which file and which operation the client was compared with. */
        String source() {
            return file + " " + (operationId == null ? method + " " + path : operationId);
        }
    }

    /** {@code in} is {@code path}, {@code query}, {@code header} or {@code cookie}. */
    record Parameter(String name, String in, boolean required) {

        String key() {
            return in + ":" + name;
        }
    }

    record RequestBody(boolean required, Set<String> mediaTypes) {
    }
}
