package io.quarkiverse.engagevoice.client.api.admin;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNT_ID;
import static io.quarkiverse.engagevoice.client.testing.WireTests.ROOT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.model.AgentSkillProfile;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** The documented-only agent skill profiles on the wire. */
class SkillProfilesWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String PROFILES = ROOT + "/v1/admin/accounts/" + ACCOUNT_ID
            + "/agentGroups/1101/agents/2101/skillProfiles";
    private static final String SPANISH = """
            {"profileId":215271,"profileName":"Spanish Speaker","isDefault":false,
             "gateGroupSkills":[{"skillId":1455,"skillName":"Spanish Language","active":true}],"chatGroupSkills":[]}""";

    private final AgentSkillProfilesApi profiles = WireTests.client(SERVER).api(AgentSkillProfilesApi.class);

    @Test
    void aProfileIsCreatedFromItsJsonAndReadBackWithItsSkills() {
        SERVER.enqueue(Answer.json(200, SPANISH));
        AgentSkillProfile spanish = new AgentSkillProfile();
        spanish.setProfileName("Spanish Speaker");
        spanish.setIsDefault(false);

        AgentSkillProfile created = profiles.create("~", 1101, 2101, spanish);

        Request sent = SERVER.lastRequest();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.rawPath()).isEqualTo(PROFILES);
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        assertThat(sent.body()).isEqualTo("{\"isDefault\":false,\"profileName\":\"Spanish Speaker\"}");
        assertThat(created.getProfileId()).isEqualTo(215271);
        assertThat(created.getGateGroupSkills()).singleElement()
                .satisfies(skill -> assertThat(skill.getSkillId()).isEqualTo(1455));
    }

    @Test
    void profilesAreListedReadUpdatedAndDeleted() {
        SERVER.enqueue(Answer.json(200, "[" + SPANISH + "]")).enqueue(Answer.json(200, SPANISH))
                .enqueue(Answer.json(200, SPANISH)).enqueue(Answer.json(200, "true"));
        AgentSkillProfile renamed = new AgentSkillProfile();
        renamed.setProfileName("Spanish and Portuguese");

        List<AgentSkillProfile> all = profiles.list("~", 1101, 2101);
        AgentSkillProfile one = profiles.get("~", 1101, 2101, 215271);
        profiles.update("~", 1101, 2101, 215271, renamed);
        String updateBody = SERVER.lastRequest().body();
        profiles.delete("~", 1101, 2101, 215271);

        assertThat(all).extracting(AgentSkillProfile::getProfileName).containsExactly("Spanish Speaker");
        assertThat(one.getProfileId()).isEqualTo(215271);
        assertThat(updateBody).isEqualTo("{\"profileName\":\"Spanish and Portuguese\"}");
        assertThat(lines(SERVER)).containsExactly("GET " + PROFILES, "GET " + PROFILES + "/215271",
                "PUT " + PROFILES + "/215271", "DELETE " + PROFILES + "/215271");
    }

    @Test
    void oneSkillIsAssignedWithoutABodyAndRemoved() {
        SERVER.enqueue(Answer.json(200, SPANISH)).enqueue(Answer.json(200, "true"));

        profiles.assignSkill("~", 1101, 2101, 215271, 1455);
        Request assigned = SERVER.lastRequest();
        profiles.removeSkill("~", 1101, 2101, 215271, 1455);

        assertThat(assigned.body()).isEmpty();
        assertThat(lines(SERVER)).containsExactly("PUT " + PROFILES + "/215271/skills/1455",
                "DELETE " + PROFILES + "/215271/skills/1455");
    }
}
