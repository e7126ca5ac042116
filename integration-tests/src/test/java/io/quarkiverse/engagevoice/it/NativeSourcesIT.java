package io.quarkiverse.engagevoice.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.engagevoice.client.EngageVoiceApis;
import io.quarkiverse.engagevoice.client.api.auth.AuthApis;
import io.quarkiverse.engagevoice.client.model.Account;

/**
 * Native readiness without native-image: after {@code -Dquarkus.native.sources-only=true}, the generated
 * configuration registers every model for reflection and every API interface for reflection and dynamic proxies.
 * Run with {@code ./mvnw verify -pl integration-tests -Dnative-sources}.
 */
class NativeSourcesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyModelAndInterfaceIsRegistered() throws Exception {
        Path sources = Path.of(System.getProperty("native.sources.dir", "target/native-sources"));
        Path runner;
        try (Stream<Path> files = Files.list(sources)) {
            runner = files.filter(p -> p.getFileName().toString().endsWith("-runner.jar")).findFirst().orElseThrow();
        }
        assertThat(sources.resolve("native-image.args")).isRegularFile();

        Set<String> reflective = new HashSet<>();
        Set<List<String>> proxied = new HashSet<>();
        try (ZipFile jar = new ZipFile(runner.toFile())) {
            for (JsonNode entry : read(jar, "META-INF/native-image/reflect-config.json")) {
                reflective.add(entry.get("name").asText());
            }
            for (JsonNode entry : read(jar, "META-INF/native-image/proxy-config.json")) {
                JsonNode interfaces = entry.has("interfaces") ? entry.get("interfaces") : entry;
                List<String> names = new ArrayList<>();
                interfaces.forEach(i -> names.add(i.asText()));
                proxied.add(names);
            }
        }

        List<String> models = modelClasses();
        List<String> apis = EngageVoiceApis.all().stream().map(Class::getName).toList();
        List<String> authApis = AuthApis.all().stream().map(Class::getName).toList();
        System.out.printf("native sources: %d models and %d interfaces checked in %s%n", models.size(), apis.size(),
                runner.getFileName());
        assertThat(models).isNotEmpty();
        assertThat(reflective).containsAll(models).containsAll(apis).containsAll(authApis);
        // the 401 replay proxies each Rest Client, together with Closeable when the Rest Client is Closeable
        for (String api : apis) {
            assertThat(proxied).contains(List.of(api), List.of(api, "java.io.Closeable"));
        }
    }

    private static JsonNode read(ZipFile jar, String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        try (InputStream in = jar.getInputStream(entry)) {
            return JSON.readTree(in);
        }
    }

    /** Every class of the client's model package, read from the client jar itself. */
    private static List<String> modelClasses() throws IOException, URISyntaxException {
        Path location = Path.of(Account.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String prefix = Account.class.getPackageName().replace('.', '/') + "/";
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location.resolve(prefix))) {
                files.filter(p -> p.toString().endsWith(".class")).forEach(p -> names
                        .add(location.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "")));
            }
        } else {
            try (ZipFile jar = new ZipFile(location.toFile())) {
                jar.stream().map(ZipEntry::getName).filter(n -> n.startsWith(prefix) && n.endsWith(".class"))
                        .forEach(n -> names.add(n.replace('/', '.').replaceAll("\\.class$", "")));
            }
        }
        return names;
    }
}
