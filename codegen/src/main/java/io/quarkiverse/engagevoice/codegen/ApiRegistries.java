package io.quarkiverse.engagevoice.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the interface registries ({@code EngageVoiceApis}, each area's {@code *Apis}, {@code AuthApis}) from the
 * Rest Client interfaces found in the client's sources: every {@code public interface} under {@code api/} whose
 * methods carry {@code @Path}. A new interface is registered by regenerating, never by a hand edit; the
 * registries' class names and javadoc are in {@code api-registries.json}.
 */
public final class ApiRegistries {

    public static final String API_PACKAGE = "io.quarkiverse.engagevoice.client.api";
    public static final String API_DIR = "client/src/main/java/io/quarkiverse/engagevoice/client/api";
    /** The registry of every interface is an entry point of the client, in its root package. */
    public static final String ROOT_PACKAGE = "io.quarkiverse.engagevoice.client";
    public static final String ROOT_DIR = "client/src/main/java/io/quarkiverse/engagevoice/client";
    private static final String AUTH = "auth";
    private static final Pattern INTERFACE = Pattern.compile("(?m)^public interface (\\w+)");
    /** Rest Client interfaces carry {@code @Path}, on their methods since servers must not take them for resources. */
    private static final Pattern PATH = Pattern.compile("(?m)^\\s*@Path\\(");

    private ApiRegistries() {
    }

    /** The registry sources, by path relative to the project root. */
    public static Map<Path, String> render(Path projectRoot) {
        JsonNode registries = registries();
        Map<String, TreeSet<String>> byPackage = interfaces(projectRoot.resolve(API_DIR));
        Map<Path, String> sources = new TreeMap<>();
        List<String> areas = new ArrayList<>();
        for (Map.Entry<String, TreeSet<String>> entry : byPackage.entrySet()) {
            String area = entry.getKey();
            JsonNode registry = registries.path(area);
            if (registry.isMissingNode()) {
                throw new IllegalStateException("api/" + area + " has Rest Client interfaces but no registry in"
                        + " api-registries.json");
            }
            if (!area.isEmpty()) {
                if (!area.equals(AUTH)) {
                    areas.add(area);
                }
                sources.put(Path.of(API_DIR, area, registry.path("class").asText() + ".java"),
                        areaRegistry(area, registry, entry.getValue()));
            }
        }
        sources.put(Path.of(ROOT_DIR, registries.path("").path("class").asText() + ".java"),
                rootRegistry(registries, byPackage.getOrDefault("", new TreeSet<>()), areas));
        return sources;
    }

    private static String areaRegistry(String area, JsonNode registry, TreeSet<String> interfaces) {
        StringBuilder java = new StringBuilder();
        java.append("package ").append(API_PACKAGE).append('.').append(area).append(";\n\n");
        java.append("import java.util.List;\n\n");
        javadoc(java, registry);
        String name = registry.path("class").asText();
        java.append("public final class ").append(name).append(" {\n\n");
        java.append("    private static final List<Class<?>> ALL = List.of(\n");
        java.append(classList(interfaces)).append(");\n\n");
        java.append("    private ").append(name).append("() {\n    }\n\n");
        java.append("    public static List<Class<?>> all() {\n        return ALL;\n    }\n}\n");
        return java.toString();
    }

    private static String rootRegistry(JsonNode registries, TreeSet<String> core, List<String> areas) {
        JsonNode registry = registries.path("");
        String name = registry.path("class").asText();
        StringBuilder java = new StringBuilder();
        java.append("package ").append(ROOT_PACKAGE).append(";\n\n");
        java.append("import java.util.List;\nimport java.util.stream.Stream;\n\n");
        for (String api : core) {
            java.append("import ").append(API_PACKAGE).append('.').append(api).append(";\n");
        }
        for (String area : areas) {
            java.append("import ").append(API_PACKAGE).append('.').append(area).append('.')
                    .append(registries.path(area).path("class").asText()).append(";\n");
        }
        java.append('\n');
        javadoc(java, registry);
        java.append("public final class ").append(name).append(" {\n\n");
        java.append("    /** The core administration interfaces of {@code client.api}. */\n");
        java.append("    private static final List<Class<?>> CORE = List.of(\n");
        java.append(classList(core)).append(");\n\n");
        List<String> parts = new ArrayList<>(List.of("CORE"));
        areas.forEach(area -> parts.add(registries.path(area).path("class").asText() + ".all()"));
        java.append("    private static final List<Class<?>> ALL = Stream.of(\n            ")
                .append(String.join(",\n            ", parts)).append(")\n            .flatMap(List::stream).toList();\n\n");
        java.append("    private ").append(name).append("() {\n    }\n\n");
        java.append("    public static List<Class<?>> all() {\n        return ALL;\n    }\n}\n");
        return java.toString();
    }

    private static void javadoc(StringBuilder java, JsonNode registry) {
        java.append("/**\n");
        registry.path("javadoc").forEach(line -> java.append(" * ").append(line.asText()).append('\n'));
        java.append(
                " * <p>\n * Generated by the project's codegen module from the interfaces of the package: do not edit.\n */\n");
    }

    private static String classList(TreeSet<String> interfaces) {
        return interfaces.stream().map(i -> "            " + i + ".class")
                .reduce((a, b) -> a + ",\n" + b).orElse("");
    }

    /** The interfaces by area ({@code ""} for the root package), found in the sources. */
    private static Map<String, TreeSet<String>> interfaces(Path apiDir) {
        Map<String, TreeSet<String>> byPackage = new TreeMap<>();
        try (Stream<Path> files = Files.walk(apiDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file);
                Matcher declaration = INTERFACE.matcher(source);
                if (declaration.find() && PATH.matcher(source).find()) {
                    String area = apiDir.relativize(file.getParent()).toString().replace('/', '.');
                    byPackage.computeIfAbsent(area, a -> new TreeSet<>()).add(declaration.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the interfaces under " + apiDir, e);
        }
        return byPackage;
    }

    private static JsonNode registries() {
        try (InputStream in = ApiRegistries.class.getResourceAsStream("/api-registries.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read api-registries.json", e);
        }
    }
}
