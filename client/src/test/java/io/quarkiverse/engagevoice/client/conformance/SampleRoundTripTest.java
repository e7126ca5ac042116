package io.quarkiverse.engagevoice.client.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * written back: nothing is lost. Explicit nulls are the one difference allowed, since the models leave out null
 * properties by design.
 */
class SampleRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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
        JsonNode original = JSON.readTree(OfficialFiles.sampleOrSkip(sample));

        Object read = JSON.treeToValue(original, model);
        JsonNode written = JSON.valueToTree(read);

        assertThat(written).as(sample + " through " + model.getSimpleName()).isEqualTo(withoutNulls(original));
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
