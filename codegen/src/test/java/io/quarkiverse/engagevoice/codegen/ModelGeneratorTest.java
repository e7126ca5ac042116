package io.quarkiverse.engagevoice.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The generator on a made-up file, without the official ones: each rule of the model shape. */
class ModelGeneratorTest {

    private static final String SPEC = """
            {"openapi": "3.0.1", "paths": {}, "components": {"schemas": {
              "Base": {"type": "object", "properties": {"id": {"type": "integer", "format": "int64"}}},
              "Thing_DTO": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object", "properties": {
                "kind": {"type": "string", "enum": ["RED", "dark-blue"]},
                "when": {"$ref": "#/components/schemas/DateTime"},
                "parts": {"$ref": "#/components/schemas/CollectionPart"},
                "other": {"$ref": "#/components/schemas/Unmodelled"},
                "default": {"type": "boolean"}}}]},
              "Part": {"type": "object", "properties": {"name": {"type": "string"}}},
              "Holder": {"type": "object", "properties": {"part": {"$ref": "#/components/schemas/Part"},
                "sunSched": {"type": "string"}, "size": {"type": "string"}}},
              "CollectionPart": {"type": "object"},
              "Unmodelled": {"type": "object", "properties": {"x": {"type": "string"}}}
            }}}""";
    private static final String OVERLAY = """
            {"packageOrder": ["", "things"], "dates": ["DateTime"], "bases": {"Weekly": ["sunSched"]},
             "models": [
              {"class": "Base", "schema": "Base", "file": "test.json", "javadoc": ["A base."]},
              {"class": "things.Thing", "schema": "Thing_DTO", "file": "test.json", "javadoc": ["A thing."],
               "enumNames": {"kind": "Kind"}},
              {"class": "things.Part", "schema": "Part", "file": "test.json", "javadoc": ["A part."]},
              {"class": "Holder", "schema": "Holder", "file": "test.json", "javadoc": ["A holder."],
               "extends": "Weekly", "super": "\\"HOLDER\\"", "types": {"size": "Integer"},
               "added": {"colour": "String"}}
            ]}""";

    @TempDir
    Path directory;

    @Test
    void aSchemaBecomesAModelOfTheProjectsShape() throws IOException {
        String thing = render().get(Path.of(ModelGenerator.MODEL_DIR, "things/Thing.java"));

        assertThat(thing).contains("public class Thing extends Base {", " * A thing.", " * schema: Thing_DTO (test.json)",
                "import io.quarkiverse.engagevoice.client.model.Base;");
        assertThat(thing).contains("@JsonProperty(\"kind\")\n    private String kind;", "public Kind getKind()",
                "public String getKindValue()", "RED(\"RED\")", "DARK_BLUE(\"dark-blue\")", "UNKNOWN(null)");
        assertThat(thing).contains("@JsonDeserialize(using = EngageDateTime.Deserializer.class)",
                "private OffsetDateTime when;");
        assertThat(thing).contains("private List<Part> parts;");
        assertThat(thing).contains("private Map<String, Object> other;", "the schema {@code Unmodelled} has no model");
        assertThat(thing).contains("@JsonProperty(\"default\")\n    private Boolean defaultValue;",
                "public Boolean getDefaultValue()");
        assertThat(thing).doesNotContain("private Long id;"); // inherited from Base
    }

    @Test
    void theOverlaysDecisionsShapeTheModel() throws IOException {
        String holder = render().get(Path.of(ModelGenerator.MODEL_DIR, "Holder.java"));

        // the model root comes before things: a reference from it to a class there would make a package cycle
        assertThat(holder).contains("private Map<String, Object> part;", "{@code things.Part} is in a package");
        assertThat(holder).contains("public class Holder extends Weekly {", "super(\"HOLDER\");");
        assertThat(holder).doesNotContain("sunSched"); // left to the base class
        assertThat(holder).contains("private Integer size;", "@JsonProperty(\"colour\")\n    private String colour;");
    }

    @Test
    void aReferenceToASchemaOfNoClassInAnAllOfFailsNamingIt() throws IOException {
        Path spec = Files.writeString(directory.resolve("test.json"), SPEC);
        ModelOverlay overlay = ModelOverlay.parse(new ObjectMapper().readTree("""
                {"models": [{"class": "things.Thing", "schema": "Thing_DTO", "file": "test.json", "javadoc": []}]}"""));

        assertThatThrownBy(() -> new ModelGenerator(Map.of("test.json", OpenApiFile.read(spec)), overlay).render())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("schema Base");
    }

    private Map<Path, String> render() throws IOException {
        Path spec = Files.writeString(directory.resolve("test.json"), SPEC);
        ModelOverlay overlay = ModelOverlay.parse(new ObjectMapper().readTree(OVERLAY));
        return new ModelGenerator(Map.of("test.json", OpenApiFile.read(spec)), overlay).render();
    }
}
