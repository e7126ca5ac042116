package io.quarkiverse.engagevoice.client.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operations of one OpenAPI 3.0 file, reduced to what the conformance test compares: method, path, parameters,
 * request body and success media types. Read from the committed operations table the project's generator derives
 * from the file ({@code src/test/resources/operations}), so that the comparison runs in every clone;
 * {@code OperationsTableUpToDateTest} checks the table against the file when it is here.
 */
final class OpenApiSpec {

    /** An empty cell of the table. */
    private static final String NONE = "-";

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

    /** The operations table of {@code specFile} ({@code operations/<name>.tsv} on the test classpath). */
    static OpenApiSpec read(String specFile) {
        String table = specFile.replaceFirst("\\.json$", ".tsv");
        try (InputStream in = OpenApiSpec.class.getResourceAsStream("/operations/" + table)) {
            if (in == null) {
                throw new IllegalStateException("no operations table " + table + " on the test classpath");
            }
            List<Operation> operations = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    operations.add(operation(specFile, line));
                }
            }
            return new OpenApiSpec(specFile, operations);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the operations table " + table, e);
        }
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

    /** One line of the table (columns described by the generator's {@code OperationsTable}). */
    private static Operation operation(String fileName, String line) {
        String[] columns = line.split("\t", -1);
        if (columns.length != 7) {
            throw new IllegalStateException("not an operations table line (7 columns): " + line);
        }
        List<Parameter> parameters = new ArrayList<>();
        for (String parameter : list(columns[4])) {
            boolean required = parameter.endsWith("!");
            String[] parts = (required ? parameter.substring(0, parameter.length() - 1) : parameter).split(":", 3);
            parameters.add(new Parameter(parts[1], parts[0], required, parts[2]));
        }
        Optional<RequestBody> requestBody = columns[5].equals(NONE) ? Optional.empty()
                : Optional.of(new RequestBody(columns[5].startsWith("required="),
                        new LinkedHashSet<>(list(columns[5].substring(columns[5].indexOf('=') + 1)))));
        return new Operation(fileName, columns[0], repairedPath(columns[1]),
                columns[2].equals(NONE) ? null : columns[2], list(columns[3]), List.copyOf(parameters), requestBody,
                new LinkedHashSet<>(list(columns[6])));
    }

    private static List<String> list(String column) {
        return column.equals(NONE) || column.isEmpty() ? List.of() : List.of(column.split(","));
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
    record Parameter(String name, String in, boolean required, String type) {

        /** A parameter whose type does not matter to the caller. */
        Parameter(String name, String in, boolean required) {
            this(name, in, required, "any");
        }

        /** The values of {@code string[A|B]}, the enum notation of the table; empty when the type is no enum. */
        List<String> enumValues() {
            int open = type.indexOf('[');
            return open < 0 || !type.endsWith("]") ? List.of()
                    : List.of(type.substring(open + 1, type.length() - 1).split("\\|"));
        }

        String key() {
            return in + ":" + name;
        }
    }

    record RequestBody(boolean required, Set<String> mediaTypes) {
    }
}
