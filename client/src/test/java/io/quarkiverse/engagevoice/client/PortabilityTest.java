package io.quarkiverse.engagevoice.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The portable client imports nothing of Quarkus, Vert.x or RESTEasy: it must run on any MicroProfile server. Of
 * SmallRye it uses Fault Tolerance's programmatic API, and the standalone implementation it brings along (only to give
 * it daemon threads).
 */
class PortabilityTest {

    @Test
    void mainSourcesImportNoRuntimeSpecificPackage() throws IOException {
        Path sources = Path.of("src/main/java");
        assertThat(sources).isDirectory();
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(p -> lines(p).stream()
                            .filter(l -> l.matches(
                                    "\\s*import\\s+(static\\s+)?(io\\.quarkus|io\\.vertx|org\\.jboss\\.resteasy|io\\.smallrye)\\..*")
                                    && !l.matches("\\s*import\\s+io\\.smallrye\\.faulttolerance\\.api\\..*"))
                            .map(l -> p + ": " + l.strip()))
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
