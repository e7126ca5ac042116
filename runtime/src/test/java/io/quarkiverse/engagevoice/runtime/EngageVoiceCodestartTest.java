package io.quarkiverse.engagevoice.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.devtools.codestarts.Codestart;
import io.quarkus.devtools.codestarts.CodestartCatalogLoader;
import io.quarkus.devtools.codestarts.CodestartType;
import io.quarkus.devtools.codestarts.core.CodestartSpec.CodestartDep;

/**
 * The codestart of {@code quarkus create app -x engage-voice}, as the Quarkus tooling sees it: Quarkus's codestart
 * loader reads it, the extension descriptor names it, and the runtime's {@code codestarts} jar carries it. (Its Java
 * sources compile and its test passes in the integration-tests module, against the Dev Service.)
 */
class EngageVoiceCodestartTest {

    private static final Path CODESTARTS = Path.of("src/main/codestarts/quarkus");

    @Test
    void quarkusLoadsTheCodestart() throws IOException {
        Collection<Codestart> codestarts = CodestartCatalogLoader.loadCodestartsFromDir(CODESTARTS);

        assertThat(codestarts).singleElement().satisfies(codestart -> {
            assertThat(codestart.getName()).isEqualTo("engage-voice-codestart");
            assertThat(codestart.getRef()).isEqualTo("engage-voice");
            assertThat(codestart.getType()).isEqualTo(CodestartType.CODE);
            assertThat(codestart.getTags()).contains("extension-codestart");
            assertThat(codestart.getImplementedLanguages()).containsExactly("java");
            assertThat(codestart.getBaseLanguageSpec().getDependencies()).extracting(CodestartDep::toString)
                    .containsExactly("io.quarkus:quarkus-rest-jackson");
            assertThat(codestart.getBaseLanguageSpec().getTestDependencies()).extracting(CodestartDep::toString)
                    .containsExactly("io.rest-assured:rest-assured");
        });
        assertThat(javaSources()).containsExactlyInAnyOrder("src/main/java/org/acme/EngageVoiceResource.java",
                "src/test/java/org/acme/EngageVoiceResourceTest.java");
    }

    @Test
    void theExtensionDescriptorNamesItAndTheCodestartsJarCarriesIt() throws IOException {
        JsonNode descriptor = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("target/classes/META-INF/quarkus-extension.yaml").toFile());
        JsonNode codestart = descriptor.path("metadata").path("codestart");

        assertThat(codestart.path("name").asText()).isEqualTo("engage-voice");
        assertThat(codestart.path("languages")).extracting(JsonNode::asText).containsExactly("java");
        String artifact = codestart.path("artifact").asText();
        String version = artifact.substring(artifact.lastIndexOf(':') + 1);
        assertThat(artifact).isEqualTo("io.quarkiverse.engagevoice:quarkus-engage-voice:codestarts:jar:" + version)
                .doesNotContain("${");

        Path jar = Path.of("target/quarkus-engage-voice-" + version + "-codestarts.jar");
        try (JarFile codestarts = new JarFile(jar.toFile())) {
            assertThat(codestarts.getEntry("quarkus/engage-voice-codestart/codestart.yml")).isNotNull();
            assertThat(codestarts.getEntry("quarkus/engage-voice-codestart/java/src/main/java/org/acme/"
                    + "EngageVoiceResource.java")).isNotNull();
        }
    }

    private static List<String> javaSources() throws IOException {
        Path java = CODESTARTS.resolve("engage-voice-codestart/java");
        try (Stream<Path> files = Files.walk(java)) {
            return files.filter(Files::isRegularFile).map(f -> java.relativize(f).toString().replace('\\', '/'))
                    .toList();
        }
    }
}
