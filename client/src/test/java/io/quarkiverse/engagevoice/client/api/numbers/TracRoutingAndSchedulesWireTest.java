package io.quarkiverse.engagevoice.client.api.numbers;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertBodiless;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertJsonBody;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.model.numbers.TracRoutingRule;
import io.quarkiverse.engagevoice.client.model.numbers.TracScheduleOverride;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/**
 * The routing rules and schedule overrides of a tracking number ({@link TracRoutingRulesApi},
 * {@link TracScheduleOverridesApi}).
 */
class TracRoutingAndSchedulesWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String NUMBER = ACCOUNT + "/tracGroups/7/tracNumbers/81";
    private static final String RULE = """
            {"ruleId":5,"description":"Front desk","ruleType":"STANDARD",\
            "destination":"6175550142","openRule":true,"rank":1,"ringDuration":30,"parallelDelay":0,\
            "ttAccept":false,"tracNumber":{"tracId":81}}""";
    private static final String OVERRIDE = """
            {"scheduleOverrideId":12,"overrideLabel":"Christmas Eve",\
            "overrideDate":"2026-12-24T00:00:00.000-0500","overrideSched":"08001200",\
            "overrideClosedEvent":"VOICEMAIL"}""";

    private TracRoutingRulesApi rules;
    private TracScheduleOverridesApi overrides;

    @BeforeEach
    void client() {
        EngageVoiceClient client = WireTests.client(SERVER);
        rules = client.api(TracRoutingRulesApi.class);
        overrides = client.api(TracScheduleOverridesApi.class);
    }

    @Test
    void routingRulesAreListedAndRead() {
        SERVER.enqueue(Answer.json(200, "[" + RULE + "]"));
        SERVER.enqueue(Answer.json(200, RULE));

        List<TracRoutingRule> listed = rules.list("~", 7, 81);
        TracRoutingRule read = rules.get("~", 7, 81, 5);

        assertThat(lines(SERVER)).containsExactly("GET " + NUMBER + "/routingRules",
                "GET " + NUMBER + "/routingRules/5");
        assertBodiless(SERVER.requests().get(0));
        assertBodiless(SERVER.requests().get(1));
        assertThat(listed).hasSize(1);
        assertThat(read.getRuleId()).isEqualTo(5);
        assertThat(read.getRuleType()).isEqualTo("STANDARD");
        assertThat(read.getDestination()).isEqualTo("6175550142");
        assertThat(read.getOpenRule()).isTrue();
        assertThat(read.getRank()).isEqualTo(1);
        assertThat(read.getRingDuration()).isEqualTo(30);
        assertThat(read.getTtAccept()).isFalse();
        assertThat(read.getTracNumber()).isNotNull();
        assertThat(read.toString()).isEqualTo("TracRoutingRule[5, STANDARD, Front desk]").doesNotContain("6175550142");
    }

    @Test
    void aRoutingRuleIsCreatedUpdatedAndDeleted() {
        SERVER.enqueue(Answer.json(200, RULE));
        SERVER.enqueue(Answer.json(200, RULE));
        SERVER.enqueue(Answer.json(200, "true"));
        TracRoutingRule rule = TracRoutingRule.to("GATE_XFER", null, false);
        rule.setXferGateId(4101);
        TracRoutingRule changes = new TracRoutingRule();
        changes.setRank(2);

        TracRoutingRule created = rules.create("~", 7, 81, rule);
        rules.update("~", 7, 81, 5, changes);
        boolean deleted = rules.delete("~", 7, 81, 5);

        List<Request> sent = SERVER.requests();
        assertThat(lines(SERVER)).containsExactly("POST " + NUMBER + "/routingRules",
                "PUT " + NUMBER + "/routingRules/5", "DELETE " + NUMBER + "/routingRules/5");
        assertJsonBody(sent.get(0), "{\"ruleType\":\"GATE_XFER\",\"openRule\":false,\"xferGateId\":4101}");
        assertJsonBody(sent.get(1), "{\"rank\":2}");
        assertBodiless(sent.get(2));
        assertThat(created.getRuleId()).isEqualTo(5);
        assertThat(deleted).isTrue();
    }

    @Test
    void scheduleOverridesAreListedAndRead() {
        SERVER.enqueue(Answer.json(200, "[" + OVERRIDE + "]"));
        SERVER.enqueue(Answer.json(200, OVERRIDE));

        List<TracScheduleOverride> listed = overrides.list("~", 7, 81);
        TracScheduleOverride read = overrides.get("~", 7, 81, 12);

        assertThat(lines(SERVER)).containsExactly("GET " + NUMBER + "/scheduleOverrides",
                "GET " + NUMBER + "/scheduleOverrides/12");
        assertBodiless(SERVER.lastRequest());
        assertThat(listed).hasSize(1);
        assertThat(read.getScheduleOverrideId()).isEqualTo(12);
        assertThat(read.getOverrideLabel()).isEqualTo("Christmas Eve");
        assertThat(read.getOverrideDate()).isEqualTo(OffsetDateTime.parse("2026-12-24T00:00:00-05:00"));
        assertThat(read.getOverrideSched()).isEqualTo("08001200");
        assertThat(read.getOverrideClosedEvent()).isEqualTo("VOICEMAIL");
        assertThat(read.toString()).isEqualTo("TracScheduleOverride[12, Christmas Eve]");
    }

    @Test
    void aScheduleOverrideIsCreatedUpdatedAndDeletedWithTheApiDateForm() {
        SERVER.enqueue(Answer.json(200, OVERRIDE));
        SERVER.enqueue(Answer.json(200, OVERRIDE));
        SERVER.enqueue(Answer.text(200, "true"));
        TracScheduleOverride changes = new TracScheduleOverride();
        changes.setOverrideSched("00000000");

        TracScheduleOverride created = overrides.create("~", 7, 81, TracScheduleOverride.of("Christmas Eve",
                OffsetDateTime.parse("2026-12-24T00:00:00-05:00"), "08001200"));
        overrides.update("~", 7, 81, 12, changes);
        boolean deleted = overrides.delete("~", 7, 81, 12);

        List<Request> sent = SERVER.requests();
        assertThat(lines(SERVER)).containsExactly("POST " + NUMBER + "/scheduleOverrides",
                "PUT " + NUMBER + "/scheduleOverrides/12", "DELETE " + NUMBER + "/scheduleOverrides/12");
        assertJsonBody(sent.get(0), """
                {"overrideLabel":"Christmas Eve",\
                "overrideDate":"2026-12-24T00:00:00.000-0500","overrideSched":"08001200"}""");
        assertJsonBody(sent.get(1), "{\"overrideSched\":\"00000000\"}");
        assertBodiless(sent.get(2));
        assertThat(created.getScheduleOverrideId()).isEqualTo(12);
        assertThat(deleted).isTrue();
    }
}
