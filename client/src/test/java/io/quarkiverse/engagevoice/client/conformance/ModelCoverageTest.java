package io.quarkiverse.engagevoice.client.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

/**
 * How much of the current file's schemas the models type: for each schema an operation reaches (from the committed
 * schema table, so this runs in every clone), the properties the model class declares out of the schema's. A class
 * stands for a schema when its javadoc says {@code schema: Name}, else when it has the schema's name. Prints the
 * total and writes the detail to {@code target/model-coverage.txt}. Every reachable schema is typed whole but those
 * of {@link #LEFT_OUT}, each named with why.
 */
class ModelCoverageTest {

    private static final String MODEL_PACKAGE = "io.quarkiverse.engagevoice.client.model";
    private static final Pattern SCHEMA_TAG = Pattern.compile("\\* schema: (\\w+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The reachable schemas no model class stands for, each with why: the file's generator dumped library
     * internals or error bodies as schemas, and one schema is a copy of another under a clashing name.
     */
    static final Map<String, String> LEFT_OUT = Map.of(
            "DateTime", "a Joda date's internals: the servers send a date text or epoch milliseconds, typed"
                    + " OffsetDateTime (EngageDateTime)",
            "Timestamp", "a java.sql.Timestamp's internals: sent as epoch milliseconds, typed OffsetDateTime",
            "Chronology", "a Joda date's internals, reached only through DateTime",
            "DateTimeZone", "a Joda date's internals, reached only through DateTime",
            "JsonNode", "a Jackson tree's internals: the property carries any JSON, typed JsonNode or a map",
            "Blob", "a java.sql.Blob's internals (a property of ChatQueue), kept as a map",
            "ActiveStateBoolean", "the same single property as ActiveState_boolean_, which ActiveState implements",
            "Errors", "an error answer: the client's error mapping reads it, it is no model",
            "ValidationErrorData", "part of the error answer Errors");

    @Test
    void reportsTheTypedPropertiesOfEveryReachableSchema() throws IOException {
        Map<String, List<String>> schemas = schemaTable();
        Map<String, Class<?>> classes = modelClassesBySchema();

        int typed = 0;
        int total = 0;
        int modelled = 0;
        List<String> partlyTyped = new ArrayList<>();
        StringBuilder detail = new StringBuilder();
        for (Map.Entry<String, List<String>> schema : schemas.entrySet()) {
            if (schema.getValue().isEmpty()) {
                continue;
            }
            Class<?> model = classes.get(schema.getKey());
            Set<String> declared = model == null ? Set.of() : jsonProperties(model);
            long covered = schema.getValue().stream().filter(declared::contains).count();
            if (covered < schema.getValue().size() && !LEFT_OUT.containsKey(schema.getKey())) {
                partlyTyped.add(schema.getKey());
            }
            typed += (int) covered;
            total += schema.getValue().size();
            modelled += model == null ? 0 : 1;
            detail.append(String.format(Locale.ROOT, "%-50s %4d / %-4d %s%n", schema.getKey(), covered,
                    schema.getValue().size(), model == null ? "(no class)"
                            : model.getName()
                                    .substring(MODEL_PACKAGE.length() + 1)));
        }
        int leftOut = LEFT_OUT.keySet().stream().mapToInt(name -> schemas.getOrDefault(name, List.of()).size()).sum();
        String summary = String.format(Locale.ROOT, "Model coverage: %d of %d properties of the %d reachable schemas"
                + " with properties are typed (%.1f%%); %d of those schemas have a model class; without the %d"
                + " properties of the %d schemas left out, %d of %d (%.1f%%)", typed, total,
                schemas.values().stream().filter(p -> !p.isEmpty()).count(), 100.0 * typed / total, modelled,
                leftOut, LEFT_OUT.size(), typed, total - leftOut, 100.0 * typed / (total - leftOut));
        StringBuilder leftOutList = new StringBuilder("Left out:\n");
        LEFT_OUT.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> leftOutList
                .append(String.format(Locale.ROOT, "  %-22s %s%n", e.getKey(), e.getValue())));
        Path report = Path.of(System.getProperty("basedir", "."), "target", "model-coverage.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, summary + "\n\n" + detail + "\n" + leftOutList);
        System.out.println(summary);
        System.out.print(leftOutList);

        assertThat(schemas).hasSizeGreaterThan(100);
        assertThat(typed).isPositive().isLessThanOrEqualTo(total);
        assertThat(report).content().startsWith(summary);
        assertThat(LEFT_OUT.keySet()).as("schemas left out that are no longer reachable").allMatch(schemas::containsKey);
        assertThat(partlyTyped).as("reachable schemas, outside those left out, with properties no model types")
                .isEmpty();
    }

    /** Schema name to its property names, from {@code operations/ringcx-openapi3-schemas.tsv}. */
    private static Map<String, List<String>> schemaTable() throws IOException {
        Map<String, List<String>> schemas = new TreeMap<>();
        try (InputStream in = ModelCoverageTest.class.getResourceAsStream("/operations/ringcx-openapi3-schemas.tsv")) {
            assertThat(in).as("the committed schema table").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                List<String> properties = columns[1].equals("-") ? List.of()
                        : Stream.of(columns[1].split(",")).map(p -> p.substring(0, p.indexOf(':'))).toList();
                schemas.put(columns[0], properties);
            }
        }
        return schemas;
    }

    /** Every model class by the schema it stands for: its {@code schema:} javadoc tag, else its simple name. */
    private static Map<String, Class<?>> modelClassesBySchema() throws IOException {
        Path sources = Path.of(System.getProperty("basedir", "."), "src", "main", "java",
                MODEL_PACKAGE.replace('.', '/'));
        Map<String, Class<?>> bySchema = new LinkedHashMap<>();
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = sources.relativize(file).toString().replace('/', '.').replaceFirst("\\.java$", "");
                Class<?> type = load(MODEL_PACKAGE + "." + relative);
                if (type.isEnum() || type.isInterface()) {
                    continue;
                }
                Matcher tag = SCHEMA_TAG.matcher(Files.readString(file));
                if (tag.find()) {
                    bySchema.put(tag.group(1), type);
                } else {
                    byName.put(type.getSimpleName(), type);
                }
            }
        }
        byName.forEach(bySchema::putIfAbsent);
        return bySchema;
    }

    /** The JSON properties Jackson reads for a class, inherited ones included. */
    private static Set<String> jsonProperties(Class<?> type) {
        BeanDescription description = JSON.getDeserializationConfig().introspect(JSON.constructType(type));
        return description.findProperties().stream().map(BeanPropertyDefinition::getName)
                .collect(Collectors.toSet());
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new UncheckedIOException(new IOException("no class " + name, e));
        }
    }
}
