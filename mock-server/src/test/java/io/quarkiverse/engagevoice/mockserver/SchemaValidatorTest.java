package io.quarkiverse.engagevoice.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The fidelity test is only as good as its validator: it must find what is wrong and accept what is right. */
class SchemaValidatorTest {

    private static final String SPEC = """
            {"components":{"schemas":{
              "Group":{"type":"object","properties":{
                "groupId":{"type":"integer","format":"int32"},"name":{"type":"string"},
                "mode":{"type":"string","enum":["A","B"]},"wait":{"type":"string","format":"byte"},
                "createdOn":{"$ref":"#/components/schemas/DateTime"},
                "members":{"$ref":"#/components/schemas/CollectionMember"},
                "tags":{"type":"array","items":{"type":"string"}},
                "parent":{"$ref":"#/components/schemas/Parent"}}},
              "Parent":{"type":"object","properties":{"parentId":{"type":"integer"}}},
              "DateTime":{"type":"object","properties":{"millis":{"type":"integer"}}},
              "CollectionMember":{"type":"object"}}}}""";

    private final OpenApiSpec spec = OpenApiSpec.of("test", json(SPEC));
    private final SchemaValidator validator = new SchemaValidator(spec, Map.of("Parent", Set.of("description")));
    private final JsonNode group = json("{\"$ref\":\"#/components/schemas/Group\"}");

    @Test
    void acceptsWhatTheApiReallySends() {
        JsonNode sent = json("""
                {"groupId":7,"name":"x","mode":"B","wait":30,"createdOn":"2020-05-15T20:38:13.686+0000",
                 "members":[],"tags":["a"],"parent":{"parentId":1,"description":"tolerated"}}""");

        assertThat(validator.validate(sent, group)).isEmpty();
        assertThat(validator.validate(json("{\"name\":null,\"parent\":null}"), group)).isEmpty();
    }

    @Test
    void reportsWrongTypesEnumsDatesAndUndeclaredProperties() {
        JsonNode sent = json("""
                {"groupId":"7","mode":"C","createdOn":{"millis":1},"tags":"a","groupName":"typo",
                 "parent":{"parentId":3000000000.5},"members":"none"}""");

        assertThat(validator.validate(sent, group)).containsExactlyInAnyOrder(
                "$.groupId: expected an int32, got \"7\"",
                "$.mode: 'C' is not one of [\"A\",\"B\"]",
                "$.createdOn: expected a date string like 2020-05-15T20:38:13.686+0000, got {\"millis\":1}",
                "$.tags: expected an array, got STRING",
                "$.groupName: not declared in Group",
                "$.parent.parentId: expected an integer, got 3.0000000005E9",
                "$.members: expected an object, got STRING");
    }

    @Test
    void checksArrayItems() {
        JsonNode arrayOfGroups = json("{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Group\"}}");

        assertThat(validator.validate(json("[{\"groupId\":1},{\"groupId\":true}]"), arrayOfGroups))
                .containsExactly("$[1].groupId: expected an int32, got true");
        assertThat(validator.validate(json("{\"groupId\":1}"), arrayOfGroups))
                .containsExactly("$: expected an array, got OBJECT");
    }

    private static JsonNode json(String text) {
        try {
            return TestHttp.JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
