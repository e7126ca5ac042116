package io.quarkiverse.engagevoice.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the committed outputs of the generator from the official OpenAPI files: the operations tables under
 * {@code client/src/test/resources/operations} and the models the overlay lists ({@link ModelGenerator}); and, from
 * the client's sources, the interface registries ({@link ApiRegistries}), also when the files are absent. Arguments: the
 * directory of the OpenAPI files, the project root.
 */
public final class Generate {

    /** The official files, in lookup order: current, older full, legacy. */
    public static final List<String> SPEC_FILES = List.of("ringcx-openapi3.json", "engage-voice-openapi3-all.json",
            "engage-voice-openapi3-legacy.json");
    public static final String OPERATIONS_DIR = "client/src/test/resources/operations";
    /** The schemas the current file's operations reach ({@link SchemaTable}). */
    public static final String SCHEMAS_TABLE = "ringcx-openapi3-schemas.tsv";

    private Generate() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: Generate <directory of the OpenAPI files> <project root>");
        }
        Path specs = Path.of(args[0]);
        Path project = Path.of(args[1]);
        Map<Path, String> outputs = new TreeMap<>(ApiRegistries.render(project));
        if (Files.isRegularFile(specs.resolve(SPEC_FILES.get(0)))) {
            outputs.putAll(outputs(specs));
        } else {
            System.out.println("no OpenAPI files in " + specs + ": only the interface registries are written");
        }
        for (Map.Entry<Path, String> output : outputs.entrySet()) {
            Path target = project.resolve(output.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, output.getValue());
            System.out.println("wrote " + target);
        }
    }

    /** What the generator writes from the OpenAPI files, by path relative to the project root. */
    public static Map<Path, String> outputs(Path specs) {
        Map<Path, String> outputs = new TreeMap<>();
        Map<String, OpenApiFile> files = new LinkedHashMap<>();
        for (String name : SPEC_FILES) {
            OpenApiFile file = OpenApiFile.read(specs.resolve(name));
            files.put(name, file);
            outputs.put(Path.of(OPERATIONS_DIR, tableName(name)), OperationsTable.render(file));
        }
        outputs.put(Path.of(OPERATIONS_DIR, SCHEMAS_TABLE), SchemaTable.render(files.get(SPEC_FILES.get(0))));
        outputs.putAll(new ModelGenerator(files, ModelOverlay.load()).render());
        return outputs;
    }

    /** {@code ringcx-openapi3.json} → {@code ringcx-openapi3.tsv}. */
    public static String tableName(String specFile) {
        return specFile.replaceFirst("\\.json$", ".tsv");
    }
}
