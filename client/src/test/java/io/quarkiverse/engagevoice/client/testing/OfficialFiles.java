package io.quarkiverse.engagevoice.client.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The official files of the API (OpenAPI specs, sample responses), which are not part of this repository: read from
 * {@code -Dengagevoice.shared.dir} when given, else from {@code ../shared} next to the project root. Each reader comes
 * in two forms: an {@link Optional}, for tests that check something else when the files are absent, and an
 * {@code OrSkip} form that skips the calling test (a JUnit assumption) when they are.
 */
public final class OfficialFiles {

    /** The current OpenAPI file, under {@code specs}. */
    public static final String CURRENT_SPEC = "ringcx-openapi3.json";

    private OfficialFiles() {
    }

    /** A file of the shared directory, such as {@code specs/ringcx-openapi3.json}, when it is here. */
    public static Optional<Path> find(String first, String... more) {
        String configured = System.getProperty("engagevoice.shared.dir");
        // tests run from the module directory, an IDE may run them from the root
        List<Path> candidates = configured != null && !configured.isBlank() ? List.of(Path.of(configured))
                : List.of(Path.of("..", "..", "shared"), Path.of("..", "shared"));
        return candidates.stream().map(dir -> dir.resolve(Path.of(first, more))).filter(Files::isRegularFile)
                .findFirst();
    }

    /** The current OpenAPI file, parsed, or empty when it is not here. */
    public static Optional<JsonNode> openApi() {
        return find("specs", CURRENT_SPEC).map(OfficialFiles::read).map(WireTests::json);
    }

    /** The current OpenAPI file, parsed; skips the test when it is not here. */
    public static JsonNode openApiOrSkip() {
        Optional<JsonNode> spec = openApi();
        Assumptions.assumeTrue(spec.isPresent(), "the official OpenAPI files (../shared/specs) are not here");
        return spec.get();
    }

    /**
     * The enum of the parameter {@code name} of {@code method path} in the current OpenAPI file, from the operations
     * table the project's generator derives from it ({@code src/test/resources/operations}, committed, so this needs
     * no official file). Fails when the operation has no such parameter or it is no enum.
     */
    public static List<String> parameterEnum(String path, String method, String name) {
        String prefix = method.toUpperCase(Locale.ROOT) + "\t" + path + "\t";
        String line = currentOperationsTable().lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no operation " + method + " " + path + " in the table"));
        for (String parameter : line.split("\t")[4].split(",")) {
            String[] parts = parameter.replaceFirst("!$", "").split(":", 3);
            if (parts.length == 3 && parts[1].equals(name) && parts[2].endsWith("]")) {
                List<String> values = List.of(parts[2].substring(parts[2].indexOf('[') + 1, parts[2].length() - 1)
                        .split("\\|"));
                assertThat(values).as("an enum of the spec").isNotEmpty();
                return values;
            }
        }
        throw new AssertionError(method + " " + path + " has no enum parameter " + name);
    }

    private static String currentOperationsTable() {
        String table = "/operations/" + CURRENT_SPEC.replaceFirst("\\.json$", ".tsv");
        try (InputStream in = OfficialFiles.class.getResourceAsStream(table)) {
            if (in == null) {
                throw new IllegalStateException("no operations table " + table + " on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of an {@code enum} array of the spec; an empty one means the lookup went to the wrong place. */
    public static List<String> enumValues(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        assertThat(values).as("an enum of the spec").isNotEmpty();
        return values;
    }

    /** An official sample response ({@code reference/samples/<name>}), or empty when it is not here. */
    public static Optional<String> sample(String name) {
        return find("reference", "samples", name).map(OfficialFiles::read);
    }

    /** An official sample response; skips the test when it is not here. */
    public static String sampleOrSkip(String name) {
        Optional<String> sample = sample(name);
        Assumptions.assumeTrue(sample.isPresent(), "the official samples (../shared/reference/samples) are not here");
        return sample.get();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
