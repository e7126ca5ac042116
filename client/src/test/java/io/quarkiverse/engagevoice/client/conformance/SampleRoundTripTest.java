package io.quarkiverse.engagevoice.client.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.client.model.AgentGroup;
import io.quarkiverse.engagevoice.client.model.DialGroup;
import io.quarkiverse.engagevoice.client.model.Gate;
import io.quarkiverse.engagevoice.client.model.GateGroup;
import io.quarkiverse.engagevoice.client.model.auth.LoginSession;
import io.quarkiverse.engagevoice.client.model.queues.GateQueueEvent;
import io.quarkiverse.engagevoice.client.testing.OfficialFiles;

/**
 * Every official sample answer ({@code ../shared/reference/samples}, skipped when absent) read into its model and
 * written back: nothing is lost (a null property and an absent one count as the same: the models leave out nulls
 * they declare and keep those they do not).
 */
class SampleRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Two samples end objects with a trailing comma (a slip of the documentation, not what servers send). */
    private static final ObjectMapper SAMPLES = JsonMapper.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("agent-groups--response.json", AgentGroup[].class),
                Arguments.of("auth--rc-auth-response.json", LoginSession.class),
                Arguments.of("auth--rc-auth-refresh-response.json", LoginSession.class),
                Arguments.of("dial-groups--response.json", DialGroup.class),
                Arguments.of("routing--queue-create-response.json", Gate.class),
                Arguments.of("routing--queue-get-response.json", Gate.class),
                Arguments.of("routing--queue-list-response.json", Gate[].class),
                Arguments.of("routing--queue-events-response.json", GateQueueEvent[].class),
                Arguments.of("routing--queue-group-create-response.json", GateGroup.class),
                Arguments.of("routing--queue-group-retrieve-response.json", GateGroup[].class),
                Arguments.of("routing--queue-group-retrieve-single-response.json", GateGroup.class),
                Arguments.of("routing--queue-group-update-response.json", GateGroup.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void aSampleReadAndWrittenBackLosesNothing(String sample, Class<?> model) throws Exception {
        JsonNode original = SAMPLES.readTree(OfficialFiles.sampleOrSkip(sample));

        Object read = JSON.treeToValue(original, model);
        JsonNode written = JSON.valueToTree(read);

        List<String> differences = new ArrayList<>();
        compare("", withoutNulls(original), withoutNulls(written), differences);
        assertThat(differences).as(sample + " read into " + model.getSimpleName() + " and written back").isEmpty();
    }

    /** The differences as JSON pointers: {@code lost /a/0/b}, {@code added /c}, {@code changed /d: 0 -> false}. */
    private static void compare(String pointer, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.isObject() && actual.isObject()) {
            expected.fieldNames().forEachRemaining(name -> {
                if (actual.has(name)) {
                    compare(pointer + "/" + name, expected.get(name), actual.get(name), differences);
                } else {
                    differences.add("lost " + pointer + "/" + name);
                }
            });
            actual.fieldNames().forEachRemaining(name -> {
                if (!expected.has(name)) {
                    differences.add("added " + pointer + "/" + name + ": " + actual.get(name));
                }
            });
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                compare(pointer + "/" + i, expected.get(i), actual.get(i), differences);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                differences.add("changed " + pointer + ": " + expected + " -> " + actual);
            }
        } else if (!expected.equals(actual)) {
            differences.add("changed " + pointer + ": " + expected + " -> " + actual);
        }
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getValue().isNull()) {
                    copy.set(field.getKey(), withoutNulls(field.getValue()));
                }
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JSON.createArrayNode();
            array.forEach(element -> copy.add(withoutNulls(element)));
            return copy;
        }
        return node;
    }
}
