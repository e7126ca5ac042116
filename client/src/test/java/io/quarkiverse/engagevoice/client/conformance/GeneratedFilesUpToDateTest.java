package io.quarkiverse.engagevoice.client.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.testing.OfficialFiles;
import io.quarkiverse.engagevoice.codegen.Generate;

/**
 * The committed outputs of the project's generator (operations tables, models) are what it makes of the official
 * OpenAPI files now; skipped when the files are not here. On a failure, regenerate:
 * {@code ./mvnw -B -Pgenerate -pl codegen process-classes}.
 */
class GeneratedFilesUpToDateTest {

    @Test
    void theCommittedOutputsAreWhatTheGeneratorWritesNow() throws IOException {
        Path specs = OfficialFiles.find("specs", OfficialFiles.CURRENT_SPEC).map(Path::getParent).orElse(null);
        Assumptions.assumeTrue(specs != null, "the official OpenAPI files (../shared/specs) are not here");
        Path project = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();

        Map<Path, String> outputs = Generate.outputs(specs);
        assertThat(outputs).isNotEmpty();
        List<String> stale = outputs.entrySet().stream().filter(e -> !matches(project.resolve(e.getKey()), e.getValue()))
                .map(e -> e.getKey().toString()).toList();
        assertThat(stale).as("committed files that differ from the generator's output (run ./mvnw -B -Pgenerate -pl"
                + " codegen process-classes)").isEmpty();
    }

    private static boolean matches(Path file, String expected) {
        try {
            return Files.isRegularFile(file) && Files.readString(file).equals(expected);
        } catch (IOException e) {
            return false;
        }
    }
}
