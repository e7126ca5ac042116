package io.quarkiverse.engagevoice.client.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.codegen.ApiRegistries;

/**
 * The interface registries ({@code EngageVoiceApis}, the areas' {@code *Apis}, {@code AuthApis}) list exactly the
 * Rest Client interfaces of the sources, as the generator writes them; runs in every clone. On a failure,
 * regenerate: {@code ./mvnw -B -o -Pgenerate -pl codegen process-classes}.
 */
class ApiRegistriesUpToDateTest {

    @Test
    void theRegistriesAreWhatTheGeneratorWritesFromTheSources() throws IOException {
        Path project = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();

        Map<Path, String> registries = ApiRegistries.render(project);

        assertThat(registries).hasSizeGreaterThanOrEqualTo(8);
        List<String> stale = registries.entrySet().stream()
                .filter(e -> !content(project.resolve(e.getKey())).equals(e.getValue()))
                .map(e -> e.getKey().toString()).toList();
        assertThat(stale).as("registries that differ from the interfaces of the sources (run ./mvnw -B -o -Pgenerate"
                + " -pl codegen process-classes)").isEmpty();
    }

    private static String content(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
