package io.quarkiverse.engagevoice.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the committed outputs of the generator from the official OpenAPI files: the operations tables under
 * {@code client/src/test/resources/operations}. Arguments: the directory of the OpenAPI files, the project root.
 */
public final class Generate {

    /** The official files, in lookup order: current, older full, legacy. */
    public static final List<String> SPEC_FILES = List.of("ringcx-openapi3.json", "engage-voice-openapi3-all.json",
            "engage-voice-openapi3-legacy.json");
    public static final String OPERATIONS_DIR = "client/src/test/resources/operations";

    private Generate() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: Generate <directory of the OpenAPI files> <project root>");
        }
        Path specs = Path.of(args[0]);
        Path project = Path.of(args[1]);
        for (Map.Entry<Path, String> output : outputs(specs).entrySet()) {
            Path target = project.resolve(output.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, output.getValue());
            System.out.println("wrote " + target);
        }
    }

    /** What the generator writes, by path relative to the project root. */
    public static Map<Path, String> outputs(Path specs) {
        Map<Path, String> outputs = new TreeMap<>();
        for (String name : SPEC_FILES) {
            OpenApiFile file = OpenApiFile.read(specs.resolve(name));
            outputs.put(Path.of(OPERATIONS_DIR, tableName(name)), OperationsTable.render(file));
        }
        return outputs;
    }

    /** {@code ringcx-openapi3.json} → {@code ringcx-openapi3.tsv}. */
    public static String tableName(String specFile) {
        return specFile.replaceFirst("\\.json$", ".tsv");
    }
}
