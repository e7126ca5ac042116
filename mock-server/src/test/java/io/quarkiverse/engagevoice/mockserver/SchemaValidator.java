package io.quarkiverse.engagevoice.mockserver;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A structural validator for OpenAPI 3.0 schemas (which are not plain JSON Schema): {@code $ref}, {@code allOf},
 * {@code oneOf}/{@code anyOf}, object properties, arrays, scalar types, int32 range and enums. It is strict where
 * the files are informative and lenient where they are known to be wrong:
 * <ul>
 * <li>a property the schema does not declare is an error (it catches misspelled names), except the ones listed in
 * {@code toleratedUndeclared};</li>
 * <li>{@code null} is accepted everywhere: the official samples send {@code null} for absent values and the files
 * never say {@code nullable};</li>
 * <li>{@code DateTime} is modelled as a Joda-Time object but sent as a string such as
 * {@code 2020-05-15T20:38:13.686+0000} (official samples);</li>
 * <li>{@code Collection...} schemas are typed {@code object} without properties but sent as arrays
 * ({@code "agentDialGroupMembers":[]} in the dial-group sample);</li>
 * <li>{@code format: byte} (Java {@code Byte} fields described as base64 strings) is sent as a number
 * ({@code "acceptTime":30} in the queue samples).</li>
 * </ul>
 */
final class SchemaValidator {

    private static final String WIRE_DATE = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{4}";

    private final OpenApiSpec spec;
    private final Map<String, Set<String>> toleratedUndeclared;

    SchemaValidator(OpenApiSpec spec, Map<String, Set<String>> toleratedUndeclared) {
        this.spec = spec;
        this.toleratedUndeclared = toleratedUndeclared;
    }

    /** The problems found, each with the JSON path where it is; empty when the value conforms. */
    List<String> validate(JsonNode value, JsonNode schema) {
        List<String> problems = new ArrayList<>();
        check(value, schema, "$", null, problems);
        return problems;
    }

    private void check(JsonNode value, JsonNode schema, String at, String schemaName, List<String> problems) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            if (name.equals("DateTime")) {
                if (!value.isNull() && !(value.isTextual() && value.asText().matches(WIRE_DATE))) {
                    problems.add(at + ": expected a date string like 2020-05-15T20:38:13.686+0000, got " + value);
                }
                return;
            }
            check(value, spec.resolve(ref), at, name, problems);
            return;
        }
        if (value.isNull()) {
            return;
        }
        if (schema.has("allOf")) {
            schema.get("allOf").forEach(part -> check(value, part, at, schemaName, problems));
            return;
        }
        for (String alternatives : List.of("oneOf", "anyOf")) {
            if (schema.has(alternatives)) {
                for (JsonNode option : schema.get(alternatives)) {
                    if (validate(value, option).isEmpty()) {
                        return;
                    }
                }
                problems.add(at + ": matches none of the " + alternatives + " alternatives");
                return;
            }
        }
        String type = schema.has("type") ? schema.get("type").asText() : schema.has("properties") ? "object" : "";
        switch (type) {
            case "object" -> checkObject(value, schema, at, schemaName, problems);
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(at + ": expected an array, got " + value.getNodeType());
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), schema.path("items"), at + "[" + i + "]", null, problems);
                }
            }
            case "string" -> checkString(value, schema, at, problems);
            case "integer" -> {
                boolean int32 = "int32".equals(schema.path("format").asText());
                if (!value.isIntegralNumber() || int32 && !value.canConvertToInt()) {
                    problems.add(at + ": expected an " + (int32 ? "int32" : "integer") + ", got " + value);
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    problems.add(at + ": expected a number, got " + value);
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(at + ": expected a boolean, got " + value);
                }
            }
            default -> {
                // no type: anything goes
            }
        }
    }

    private void checkObject(JsonNode value, JsonNode schema, String at, String schemaName, List<String> problems) {
        JsonNode properties = schema.path("properties");
        if (value.isArray() && schemaName != null && schemaName.startsWith("Collection") && properties.isEmpty()) {
            return;
        }
        if (!value.isObject()) {
            problems.add(at + ": expected an object, got " + value.getNodeType());
            return;
        }
        JsonNode additional = schema.get("additionalProperties");
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String where = at + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(field.getValue(), properties.get(field.getKey()), where, null, problems);
            } else if (additional != null && additional.isObject()) {
                check(field.getValue(), additional, where, null, problems);
            } else if (properties.isEmpty() && additional == null
                    || additional != null && additional.asBoolean(false)
                    || schemaName != null
                            && toleratedUndeclared.getOrDefault(schemaName, Set.of()).contains(field.getKey())) {
                continue;
            } else {
                problems.add(where + ": not declared in " + (schemaName == null ? "the schema" : schemaName));
            }
        }
        schema.path("required").forEach(required -> {
            if (!value.has(required.asText())) {
                problems.add(at + ": required property " + required.asText() + " is missing");
            }
        });
    }

    private static void checkString(JsonNode value, JsonNode schema, String at, List<String> problems) {
        if ("byte".equals(schema.path("format").asText()) && value.isIntegralNumber()) {
            return;
        }
        if (!value.isTextual()) {
            problems.add(at + ": expected a string, got " + value);
            return;
        }
        JsonNode allowed = schema.get("enum");
        if (allowed != null) {
            for (JsonNode option : allowed) {
                if (option.asText().equals(value.asText())) {
                    return;
                }
            }
            problems.add(at + ": '" + value.asText() + "' is not one of " + allowed);
        }
    }
}
