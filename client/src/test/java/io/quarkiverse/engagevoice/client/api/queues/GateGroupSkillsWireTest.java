package io.quarkiverse.engagevoice.client.api.queues;

import static io.quarkiverse.engagevoice.client.api.queues.QueueWire.GROUP;
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

import io.quarkiverse.engagevoice.client.model.GateGroupSkill;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** The skills of a queue group ({@link GateGroupSkillsApi}). */
class GateGroupSkillsWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String SKILLS = ACCOUNT + "/gateGroups/" + GROUP + "/skills";
    private static final String SPANISH = """
            {"skillId":51,"skillName":"Spanish","skillDesc":"Habla espanol",\
            "active":true,"whisperAudio":"spanish.wav","createdOn":"2026-03-02T09:00:00.000+0000",\
            "agentSkillProfiles":[],"requeueShortcut":[]}""";

    private GateGroupSkillsApi skills;

    @BeforeEach
    void client() {
        skills = WireTests.client(SERVER).api(GateGroupSkillsApi.class);
    }

    @Test
    void skillsAreListedAndRead() {
        SERVER.enqueue(Answer.json(200, "[" + SPANISH + "]"));
        SERVER.enqueue(Answer.json(200, SPANISH));

        List<GateGroupSkill> all = skills.list("~", GROUP);
        GateGroupSkill spanish = skills.get("~", GROUP, 51);

        assertThat(lines(SERVER)).containsExactly("GET " + SKILLS, "GET " + SKILLS + "/51");
        assertBodiless(SERVER.lastRequest());
        assertThat(all).extracting(GateGroupSkill::getSkillName).containsExactly("Spanish");
        assertThat(spanish.getActive()).isTrue();
        assertThat(spanish.getWhisperAudio()).isEqualTo("spanish.wav");
        assertThat(spanish.getCreatedOn()).isEqualTo(OffsetDateTime.parse("2026-03-02T09:00:00Z"));
        assertThat(spanish.getAgentSkillProfiles()).isNotNull();
        assertThat(spanish.getRequeueShortcut()).isNotNull();
        assertThat(spanish).hasToString("GateGroupSkill[51, Spanish]");
    }

    @Test
    void aSkillIsCreatedRenamedSavedAndDeleted() {
        SERVER.enqueue(Answer.json(201, SPANISH));
        SERVER.enqueue(Answer.json(200, SPANISH.replace("\"Spanish\"", "\"Espanol\"")));
        SERVER.enqueue(Answer.json(201, "[" + SPANISH + ",{\"skillId\":52,\"skillName\":\"French\"}]"));
        SERVER.enqueue(Answer.json(200, "true"));
        GateGroupSkill wanted = GateGroupSkill.named("Spanish");
        wanted.setActive(true);

        GateGroupSkill created = skills.create("~", GROUP, wanted);
        GateGroupSkill renamed = skills.update("~", GROUP, 51, GateGroupSkill.named("Espanol"));
        List<GateGroupSkill> saved = skills.saveAll("~", GROUP, List.of(created, GateGroupSkill.named("French")));
        boolean deleted = skills.delete("~", GROUP, 52);

        assertThat(lines(SERVER)).containsExactly("POST " + SKILLS, "PUT " + SKILLS + "/51", "PUT " + SKILLS,
                "DELETE " + SKILLS + "/52");
        assertJsonBody(SERVER.requests().get(0), "{\"skillName\":\"Spanish\",\"active\":true}");
        assertJsonBody(SERVER.requests().get(1), "{\"skillName\":\"Espanol\"}");
        assertJsonBody(SERVER.requests().get(2), "[" + SPANISH + ",{\"skillName\":\"French\"}]");
        assertBodiless(SERVER.requests().get(3));
        assertThat(created.getSkillId()).isEqualTo(51);
        assertThat(renamed.getSkillName()).isEqualTo("Espanol");
        assertThat(saved).extracting(GateGroupSkill::getSkillId).containsExactly(51, 52);
        assertThat(deleted).isTrue();
    }
}
