package io.quarkiverse.engagevoice.mockserver;

import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.*;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorSeed.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/** Documented-only lookups and agent setup: aux states, a campaign's lead lists, an agent's skill profiles. */
class AgentSetupTest {

    private static final String SALES = "/voice/api/v1/admin/accounts/" + SALES_ACCOUNT_ID;
    private static final String PROFILES = SALES + "/agentGroups/" + SALES_AGENT_GROUP_ID + "/agents/" + AGENT_ALICE
            + "/skillProfiles";

    @RegisterExtension
    static final SimulatorFixture SIM = SimulatorFixture.current();

    private final TestHttp http = SIM.http();

    @Test
    void activeOneLeavesOutTheInactiveAuxStates() {
        JsonNode all = http.get(SALES + "/auxStates").apiToken(API_TOKEN).send().json();
        JsonNode active = http.get(SALES + "/auxStates?active=1").apiToken(API_TOKEN).send().json();

        assertThat(all.size()).isGreaterThan(active.size());
        active.forEach(state -> assertThat(state.get("isActive").asBoolean()).isTrue());
        assertThat(active.get(0).get("agentAuxState").asText()).isEqualTo("AVAILABLE");
        assertThat(active.get(0).get("baseAgentState").get("colKey").asText()).isEqualTo("AVAILABLE");
    }

    @Test
    void aCampaignsListsCountTheirLeads() {
        JsonNode lists = http.get(SALES + "/dialGroups/" + SALES_DIAL_GROUP_ID + "/campaigns/"
                + CAMPAIGN_SPRING_PROMOTION + "/lists").apiToken(API_TOKEN).send().json();

        assertThat(lists).isNotEmpty();
        int leads = 0;
        for (JsonNode list : lists) {
            assertThat(list.get("listId").asInt()).isPositive();
            leads += list.get("leadsSupplied").asInt();
        }
        assertThat(leads).isEqualTo(4);
        assertThat(http.get(SALES + "/dialGroups/" + SUPPORT_DIAL_GROUP_ID + "/campaigns/"
                + CAMPAIGN_SPRING_PROMOTION + "/lists").apiToken(API_TOKEN).send().status()).isEqualTo(404);
    }

    @Test
    void aProfileIsCreatedUpdatedGivenASkillAndDeleted() {
        TestHttp.Response created = http.post(PROFILES).apiToken(API_TOKEN).json("""
                {"profileName":"Spanish Speaker","profileDesc":"Spanish calls","isDefault":false}""").send();
        assertThat(created.status()).isEqualTo(200);
        int id = created.json().get("profileId").asInt();
        String profile = PROFILES + "/" + id;

        http.put(profile).apiToken(API_TOKEN).json("{\"profileDesc\":\"Spanish and Catalan calls\"}").send();
        http.put(profile + "/skills/1455").apiToken(API_TOKEN).send();
        http.put(profile + "/skills/1455").apiToken(API_TOKEN).send();

        JsonNode read = http.get(profile).apiToken(API_TOKEN).send().json();
        assertThat(read.get("profileName").asText()).isEqualTo("Spanish Speaker");
        assertThat(read.get("profileDesc").asText()).isEqualTo("Spanish and Catalan calls");
        assertThat(read.get("gateGroupSkills")).hasSize(1);
        assertThat(read.get("gateGroupSkills").get(0).get("skillId").asInt()).isEqualTo(1455);
        assertThat(http.get(PROFILES).apiToken(API_TOKEN).send().json()).hasSize(1);

        assertThat(http.delete(profile + "/skills/1455").apiToken(API_TOKEN).send().status()).isEqualTo(200);
        assertThat(http.delete(profile + "/skills/1455").apiToken(API_TOKEN).send().status()).isEqualTo(404);
        assertThat(http.delete(profile).apiToken(API_TOKEN).send().status()).isEqualTo(200);
        assertThat(http.get(profile).apiToken(API_TOKEN).send().status()).isEqualTo(404);
    }

    @Test
    void aProfileNeedsANameAndAnAgentOfTheGroup() {
        assertThat(http.post(PROFILES).apiToken(API_TOKEN).json("{\"profileDesc\":\"x\"}").send().status())
                .isEqualTo(400);
        assertThat(http.get(SALES + "/agentGroups/" + SALES_AGENT_GROUP_ID + "/agents/" + AGENT_DANA
                + "/skillProfiles").apiToken(API_TOKEN).send().status()).isEqualTo(404);
    }
}
