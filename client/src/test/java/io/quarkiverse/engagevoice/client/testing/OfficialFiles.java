package io.quarkiverse.engagevoice.client.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
     * The enum of the parameter {@code name} of {@code method path} ({@code /paths/<path>/<method>/parameters}) in the
     * current OpenAPI file, or empty when the file is not here. Fails when the operation has no such parameter.
     */
    public static Optional<List<String>> parameterEnum(String path, String method, String name) {
        return openApi().map(spec -> parameterEnum(spec, path, method, name));
    }

    /** As {@link #parameterEnum}; skips the test when the file is not here. */
    public static List<String> parameterEnumOrSkip(String path, String method, String name) {
        return parameterEnum(openApiOrSkip(), path, method, name);
    }

    private static List<String> parameterEnum(JsonNode spec, String path, String method, String name) {
        for (JsonNode p : spec.path("paths").path(path).path(method).path("parameters")) {
            if (p.path("name").asText().equals(name)) {
                return enumValues(p.path("schema").path("enum"));
            }
        }
        throw new AssertionError(method + " " + path + " has no parameter " + name);
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
