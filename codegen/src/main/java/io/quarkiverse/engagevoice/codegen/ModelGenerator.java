package io.quarkiverse.engagevoice.codegen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Writes the model classes the overlay lists, one per schema (or per documented answer the files lack), in the
 * shape of the client's hand-written models: nullable wrapper fields bound by {@code @JsonProperty}, accessors
 * Jackson does not see, unknown properties kept by {@code ApiObject}, dates read and written by
 * {@code EngageDateTime}, enums with an {@code UNKNOWN} constant whose wire value is kept, {@code allOf} as
 * inheritance. Names and javadoc come from the overlay, never from the files' descriptions.
 */
public final class ModelGenerator {

    public static final String MODEL_PACKAGE = "io.quarkiverse.engagevoice.client.model";
    public static final String MODEL_DIR = "client/src/main/java/io/quarkiverse/engagevoice/client/model";
    private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "var", "record", "yield");

    /** {@code CollectionCampaign}, {@code Collection_AgentGateAccess_}: a Java collection of the named schema. */
    private static final Pattern COLLECTION = Pattern.compile("Collection_?([A-Z]\\w*?)_?");

    private final Map<String, OpenApiFile> files;
    private final ModelOverlay overlay;

    public ModelGenerator(Map<String, OpenApiFile> files, ModelOverlay overlay) {
        this.files = files;
        this.overlay = overlay;
    }

    /** The sources, by path relative to the project root. */
    public Map<Path, String> render() {
        Map<Path, String> sources = new TreeMap<>();
        for (ModelOverlay.Model model : overlay.models()) {
            sources.put(Path.of(MODEL_DIR, model.className().replace('.', '/') + ".java"), render(model));
        }
        return sources;
    }

    private String render(ModelOverlay.Model model) {
        JsonNode schema = model.schema() == null ? model.documentedProperties() : schemaOf(model);
        String packageName = packageOf(model.className());
        String simpleName = simpleName(model.className());
        Set<String> imports = new TreeSet<>();
        imports.add("com.fasterxml.jackson.annotation.JsonAutoDetect");
        imports.add("com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility");
        String parent = MODEL_PACKAGE + "." + (model.parent() == null ? "ApiObject" : model.parent());
        Set<String> inherited = new TreeSet<>(model.skipped());
        if (model.parent() != null) {
            inherited.addAll(overlay.propertiesOfBase(model.parent()));
        }
        JsonNode own = schema;
        for (JsonNode part : schema.path("allOf")) {
            String base = OpenApiFile.schemaName(part);
            if (base != null) {
                parent = MODEL_PACKAGE + "." + classFor(base, model);
            } else {
                own = part;
            }
        }
        imports.add(parent);

        StringBuilder fields = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        StringBuilder enums = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = own.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            if (inherited.contains(property.getKey())) {
                continue;
            }
            String javaName = model.renames().getOrDefault(property.getKey(), javaName(property.getKey()));
            property(model, property.getKey(), javaName, property.getValue(), imports, fields, accessors, enums);
        }
        for (Map.Entry<String, String> added : model.added().entrySet()) {
            String javaName = model.renames().getOrDefault(added.getKey(), javaName(added.getKey()));
            property(model, added.getKey(), javaName, JsonNodeFactory.instance.objectNode(), imports, fields,
                    accessors, enums);
        }
        if (!enums.isEmpty()) {
            imports.add("com.fasterxml.jackson.annotation.JsonCreator");
            imports.add("com.fasterxml.jackson.annotation.JsonValue");
        }
        imports.addAll(model.imports());

        StringBuilder java = new StringBuilder();
        java.append("/**\n");
        model.javadoc().forEach(line -> java.append(" * ").append(line).append('\n'));
        java.append(" * <p>\n");
        if (model.schema() == null) {
            java.append(" * No official schema exists: the properties are those the documentation gives.\n");
            java.append(" * schema: (none)\n");
        } else {
            java.append(" * schema: ").append(model.schema()).append(" (").append(model.file()).append(")\n");
        }
        java.append(" * <p>\n * Generated by the project's codegen module from the model overlay: do not edit.\n */\n");
        java.append("@JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,\n"
                + "        setterVisibility = Visibility.NONE)\n");
        java.append(model.isAbstract() ? "public abstract class " : "public class ").append(simpleName)
                .append(" extends ").append(simpleName(parent)).append(" {\n\n");
        java.append(fields);
        java.append("\n    public ").append(simpleName).append("() {\n");
        if (model.superArguments() != null) {
            java.append("        super(").append(model.superArguments()).append(");\n");
        }
        java.append("    }\n");
        for (String line : model.extra()) {
            java.append(line.isEmpty() ? "\n" : "    " + line + "\n");
        }
        java.append(accessors);
        java.append(enums);
        java.append("}\n");
        // the overlay's imports serve its extra code and chosen types: those no line uses are left out
        imports.removeIf(name -> !Pattern.compile("\\b" + Pattern.quote(simpleName(name)) + "\\b").matcher(java)
                .find());
        StringBuilder header = new StringBuilder("package ").append(packageName).append(";\n\n");
        appendImports(header, imports, packageName);
        return header.append(java).toString();
    }

    private void property(ModelOverlay.Model model, String jsonName, String javaName, JsonNode schema,
            Set<String> imports, StringBuilder fields, StringBuilder accessors, StringBuilder enums) {
        String capitalized = Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
        imports.add("com.fasterxml.jackson.annotation.JsonProperty");
        fields.append("    @JsonProperty(\"").append(jsonName).append("\")\n");
        String override = model.types().getOrDefault(jsonName, model.added().get(jsonName));
        if (isEnum(schema) && override == null) {
            String enumName = model.enumNames().getOrDefault(jsonName, capitalized);
            fields.append("    private String ").append(javaName).append(";\n");
            accessors.append("\n    /** {@link ").append(enumName).append("#UNKNOWN} for a value this client does not know"
                    + " (see {@link #get").append(capitalized).append("Value()}). */\n");
            accessors.append("    public ").append(enumName).append(" get").append(capitalized).append("() {\n")
                    .append("        return ").append(enumName).append(".fromValue(").append(javaName)
                    .append(");\n    }\n");
            accessors.append("\n    /** The value as the server sent it, one this client does not know included. */\n");
            accessors.append("    public String get").append(capitalized).append("Value() {\n        return ")
                    .append(javaName).append(";\n    }\n");
            accessors.append("\n    public void set").append(capitalized).append('(').append(enumName)
                    .append(" value) {\n        this.").append(javaName).append(" = ").append(enumName)
                    .append(".wireValueOf(value);\n    }\n");
            enums.append(enumSource(enumName, jsonName, schema.path("enum")));
            return;
        }
        Set<String> loose = new TreeSet<>();
        String type = override != null ? override : javaType(schema, model, imports, loose);
        if (override != null) {
            importsOf(override, imports);
        }
        List<String> annotations = model.annotations().get(jsonName);
        if (annotations != null) {
            annotations.forEach(annotation -> fields.append("    ").append(annotation).append('\n'));
        } else if (type.equals("OffsetDateTime")) {
            imports.add("com.fasterxml.jackson.databind.annotation.JsonDeserialize");
            imports.add("com.fasterxml.jackson.databind.annotation.JsonSerialize");
            imports.add(MODEL_PACKAGE + ".EngageDateTime");
            fields.append("    @JsonDeserialize(using = EngageDateTime.Deserializer.class)\n");
            fields.append("    @JsonSerialize(using = EngageDateTime.Serializer.class)\n");
        }
        fields.append("    private ").append(type).append(' ').append(javaName).append(";\n");
        String doc = model.docs().get(jsonName);
        if (doc == null && !loose.isEmpty()) {
            String ref = loose.iterator().next();
            doc = overlay.classOf(ref) == null
                    ? "Typed loosely: the schema {@code " + ref + "} has no model class yet."
                    : "Typed loosely: its class {@code " + overlay.classOf(ref) + "} is in a package this one may"
                            + " not depend on (no package cycles).";
        }
        accessors.append('\n');
        if (doc != null) {
            accessors.append("    /** ").append(doc).append(" */\n");
        }
        accessors.append("    public ").append(type).append(" get").append(capitalized)
                .append("() {\n        return ").append(javaName).append(";\n    }\n");
        accessors.append("\n    public void set").append(capitalized).append('(').append(type).append(' ')
                .append(javaName).append(") {\n        this.").append(javaName).append(" = ").append(javaName)
                .append(";\n    }\n");
    }

    /** The imports of the {@code java.} types a type chosen in the overlay names. */
    private static void importsOf(String type, Set<String> imports) {
        Map<String, String> known = Map.of("List", "java.util.List", "Map", "java.util.Map", "Set", "java.util.Set",
                "OffsetDateTime", "java.time.OffsetDateTime", "LocalDateTime", "java.time.LocalDateTime",
                "LocalDate", "java.time.LocalDate", "ZoneId", "java.time.ZoneId", "BigDecimal",
                "java.math.BigDecimal");
        for (String name : type.split("[^A-Za-z0-9_]+")) {
            if (known.containsKey(name)) {
                imports.add(known.get(name));
            }
        }
    }

    private static String enumSource(String enumName, String jsonName, JsonNode values) {
        StringBuilder java = new StringBuilder();
        java.append("\n    /** The values of {@code ").append(jsonName)
                .append("}; {@link #UNKNOWN} stands for any other. */\n");
        java.append("    public enum ").append(enumName).append(" {\n");
        List<String> constants = new ArrayList<>();
        values.forEach(v -> constants.add(constantName(v.asText()) + "(\"" + v.asText() + "\")"));
        constants.add("UNKNOWN(null)");
        java.append("        ").append(String.join(",\n        ", constants)).append(";\n\n");
        java.append("        private final String value;\n\n");
        java.append("        ").append(enumName).append("(String value) {\n            this.value = value;\n        }\n\n");
        java.append("        /** The value on the wire; {@code null} for {@link #UNKNOWN}. */\n");
        java.append("        @JsonValue\n        public String value() {\n            return value;\n        }\n\n");
        java.append("        /** The constant of a wire value: {@link #UNKNOWN} for one this client does not know. */\n");
        java.append("        @JsonCreator\n        public static ").append(enumName)
                .append(" fromValue(String value) {\n");
        java.append("            if (value == null) {\n                return null;\n            }\n");
        java.append("            for (").append(enumName).append(" constant : values()) {\n");
        java.append("                if (value.equals(constant.value)) {\n                    return constant;\n"
                + "                }\n            }\n            return UNKNOWN;\n        }\n\n");
        java.append("        /** The wire value of a constant; {@link #UNKNOWN} names no value and is refused. */\n");
        java.append("        static String wireValueOf(").append(enumName).append(" constant) {\n");
        java.append("            if (constant == UNKNOWN) {\n                throw new IllegalArgumentException(\"")
                .append(enumName).append(".UNKNOWN names no value of ").append(jsonName).append("\");\n            }\n");
        java.append("            return constant == null ? null : constant.value;\n        }\n    }\n");
        return java.toString();
    }

    /** The Java type of a schema; {@code loose} receives the schemas typed as maps for want of a usable class. */
    private String javaType(JsonNode schema, ModelOverlay.Model model, Set<String> imports, Set<String> loose) {
        String ref = OpenApiFile.schemaName(schema);
        if (ref != null) {
            if (overlay.isDate(ref)) {
                imports.add("java.time.OffsetDateTime");
                return "OffsetDateTime";
            }
            String scalar = overlay.scalarOf(ref);
            if (scalar != null) {
                return scalar;
            }
            String className = overlay.classOf(ref);
            if (className != null && overlay.mayDependOn(model.className(), className)) {
                imports.add(MODEL_PACKAGE + "." + className);
                return simpleName(className);
            }
            JsonNode target = schemaNamed(model, ref);
            Matcher collection = COLLECTION.matcher(ref);
            if (collection.matches() && !target.has("properties")) {
                // the files' generator wrote Java collections as bare objects: they travel as arrays
                imports.add("java.util.List");
                return "List<" + javaType(schemaRef(collection.group(1)), model, imports, loose) + ">";
            }
            if (!target.path("type").asText("object").equals("object")) {
                return javaType(target, model, imports, loose); // a named scalar, such as a string enum
            }
            loose.add(ref);
            imports.add("java.util.Map");
            return "Map<String, Object>";
        }
        switch (schema.path("type").asText("")) {
            case "string":
                if (schema.path("format").asText("").equals("date-time")) {
                    imports.add("java.time.OffsetDateTime");
                    return "OffsetDateTime";
                }
                return "String";
            case "integer":
                return schema.path("format").asText("").equals("int64") ? "Long" : "Integer";
            case "number":
                return "Double";
            case "boolean":
                return "Boolean";
            case "array":
                imports.add("java.util.List");
                JsonNode items = schema.path("items");
                return "List<" + (isEnum(items) ? "String" : javaType(items, model, imports, loose)) + ">";
            case "object":
                // an inline object (no schema name to give a class) travels as a map
                imports.add("java.util.Map");
                return "Map<String, Object>";
            default:
                return "Object";
        }
    }

    /** The class, relative to the model package, that stands for a schema. */
    private String classFor(String schema, ModelOverlay.Model referrer) {
        String className = overlay.classOf(schema);
        if (className == null) {
            throw new IllegalStateException(referrer.className() + " refers to schema " + schema
                    + ", which the overlay maps to no class (add it to \"models\")");
        }
        return className;
    }

    private static JsonNode schemaRef(String name) {
        return JsonNodeFactory.instance.objectNode().put("$ref", OpenApiFile.SCHEMA_REF_PREFIX + name);
    }

    private JsonNode schemaNamed(ModelOverlay.Model model, String name) {
        OpenApiFile file = files.get(model.file() == null ? Generate.SPEC_FILES.get(0) : model.file());
        return file.root().path("components").path("schemas").path(name);
    }

    private JsonNode schemaOf(ModelOverlay.Model model) {
        OpenApiFile file = files.get(model.file());
        if (file == null) {
            throw new IllegalStateException("no OpenAPI file " + model.file() + " for " + model.className());
        }
        JsonNode schema = file.root().path("components").path("schemas").path(model.schema());
        if (schema.isMissingNode()) {
            throw new IllegalStateException(model.file() + " has no schema " + model.schema());
        }
        return schema;
    }

    private static boolean isEnum(JsonNode schema) {
        return schema.path("type").asText("").equals("string") && schema.path("enum").isArray()
                && !schema.path("enum").isEmpty();
    }

    private static void appendImports(StringBuilder java, Set<String> imports, String packageName) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String group : List.of("java.", "javax.", "jakarta.", "org.", "com.", "io.")) {
            groups.put(group, new ArrayList<>());
        }
        for (String name : imports) {
            if (packageOf(name).equals(packageName)) {
                continue;
            }
            groups.entrySet().stream().filter(g -> name.startsWith(g.getKey())).findFirst()
                    .ifPresent(g -> g.getValue().add(name));
        }
        for (List<String> group : groups.values()) {
            if (!group.isEmpty()) {
                group.forEach(name -> java.append("import ").append(name).append(";\n"));
                java.append('\n');
            }
        }
    }

    static String javaName(String jsonName) {
        String name = jsonName.replaceAll("[^A-Za-z0-9_]", "");
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            name = "value" + name;
        }
        return RESERVED.contains(name) ? name + "Value" : name;
    }

    static String constantName(String value) {
        String name = value.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_")
                .toUpperCase(Locale.ROOT);
        return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        String relative = dot < 0 ? "" : className.substring(0, dot);
        if (className.startsWith(MODEL_PACKAGE) || className.startsWith("java") || className.startsWith("com.")) {
            return relative;
        }
        return relative.isEmpty() ? MODEL_PACKAGE : MODEL_PACKAGE + "." + relative;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
