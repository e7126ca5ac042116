package io.quarkiverse.engagevoice.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The project's own decisions about the generated models ({@code model-overlay.json}): which schemas become which
 * classes, the javadoc (written by the project), renamed properties and enums, conveniences, the schemas that
 * schemas that travel as scalars ({@code scalars}) or as dates ({@code dates}), the properties of the hand-written
 * base classes ({@code bases}) and the order of the model packages ({@code packageOrder}).
 */
public final class ModelOverlay {

    public static final String RESOURCE = "/model-overlay.json";

    /**
     * One generated class.
     *
     * @param className relative to the model package, such as {@code numbers.DnisUnassignment}
     * @param schema the schema it implements, {@code null} for a documented answer no file describes
     * @param file the OpenAPI file of the schema
     * @param documentedProperties for a documented answer, its properties as an OpenAPI schema
     * @param types Java types chosen by the project for some properties (kept from the hand-written models)
     * @param docs javadoc of some properties' getters, written by the project
     * @param added properties the servers send that the schema leaves out, with their Java types
     * @param annotations annotations of some properties' fields, in place of the date annotations
     * @param parent the class extended in place of {@code ApiObject} (a shared base of the project's own)
     * @param superArguments the arguments the no-argument constructor passes to the parent's
     */
    public record Model(String className, String schema, String file, JsonNode documentedProperties,
            List<String> javadoc, Map<String, String> renames, Map<String, String> enumNames, Set<String> skipped,
            Map<String, String> types, Map<String, String> docs, List<String> imports, List<String> extra,
            Map<String, String> added, Map<String, List<String>> annotations, String parent, String superArguments,
            boolean isAbstract) {
    }

    private final Map<String, String> scalars;
    private final Map<String, List<String>> bases;
    private final List<Model> models;
    private final List<String> packageOrder;
    private final List<String> dates;

    private ModelOverlay(Map<String, String> scalars, Map<String, List<String>> bases,
            List<Model> models, List<String> packageOrder, List<String> dates) {
        this.packageOrder = packageOrder;
        this.dates = dates;
        this.scalars = scalars;
        this.bases = bases;
        this.models = models;
    }

    public static ModelOverlay load() {
        try (InputStream in = ModelOverlay.class.getResourceAsStream(RESOURCE)) {
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model overlay", e);
        }
    }

    static ModelOverlay parse(JsonNode root) {
        List<Model> models = new ArrayList<>();
        for (JsonNode m : root.path("models")) {
            models.add(new Model(m.path("class").asText(), m.hasNonNull("schema") ? m.path("schema").asText() : null,
                    m.path("file").asText("ringcx-openapi3.json"), m.path("documented"), strings(m.path("javadoc")),
                    map(m.path("rename")), map(m.path("enumNames")), new TreeSet<>(strings(m.path("skip"))),
                    map(m.path("types")), map(m.path("docs")), strings(m.path("imports")), strings(m.path("extra")),
                    map(m.path("added")), lists(m.path("annotations")), m.path("extends").asText(null),
                    m.path("super").asText(null), m.path("abstract").asBoolean(false)));
        }
        return new ModelOverlay(map(root.path("scalars")), lists(root.path("bases")), models,
                strings(root.path("packageOrder")), strings(root.path("dates")));
    }

    /**
     * The properties a hand-written base class of the project's own (such as {@code WeeklySchedule}) declares:
     * a generated subclass leaves them to it.
     */
    public List<String> propertiesOfBase(String className) {
        return bases.getOrDefault(className, List.of());
    }

    public List<Model> models() {
        return models;
    }

    /**
     * The Java type of a schema the file describes as an object but the server sends as a scalar (a library's
     * internals dumped by the file's generator), such as {@code String} for {@code LocalTime}; {@code null} otherwise.
     */
    public String scalarOf(String schema) {
        return scalars.get(schema);
    }

    /**
     * Whether a schema is a date-time library's object dumped by the file's generator ({@code DateTime},
     * {@code Timestamp}): the servers send a date text or epoch milliseconds, read as an {@code OffsetDateTime}.
     */
    public boolean isDate(String schema) {
        return dates.contains(schema);
    }

    /** The class, relative to the model package, standing for a schema; {@code null} when none does. */
    public String classOf(String schema) {
        for (Model model : models) {
            if (schema.equals(model.schema())) {
                return model.className();
            }
        }
        return null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /**
     * Whether a class may refer to another: the model packages are layered ({@code packageOrder}, the model root
     * first), each may use its own classes and those of the packages before it, so no two depend on each other.
     */
    public boolean mayDependOn(String className, String target) {
        String from = subPackage(className);
        String to = subPackage(target);
        if (from.equals(to)) {
            return true;
        }
        int fromRank = packageOrder.indexOf(from);
        int toRank = packageOrder.indexOf(to);
        if (fromRank < 0 || toRank < 0) {
            throw new IllegalStateException("the overlay's packageOrder lacks the package of " + className + " or "
                    + target);
        }
        return toRank < fromRank;
    }

    private static String subPackage(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    private static Map<String, List<String>> lists(JsonNode object) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> values.put(e.getKey(), strings(e.getValue())));
        return values;
    }

    private static Map<String, String> map(JsonNode object) {
        Map<String, String> values = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        return values;
    }
}
