package io.quarkiverse.engagevoice.client.api.admin;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentJson;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentWithoutBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.model.Agent;
import io.quarkiverse.engagevoice.client.model.AgentDialGroupMember;
import io.quarkiverse.engagevoice.client.model.Campaign;
import io.quarkiverse.engagevoice.client.model.DialGroup;
import io.quarkiverse.engagevoice.client.model.admin.DialGroupWithCampaigns;
import io.quarkiverse.engagevoice.client.testing.OfficialFiles;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/**
 * {@link AgentSettingsApi}, {@link DialGroupSettingsApi} and {@link CampaignSettingsApi} on the wire. The simulator
 * does not serve these operations, so a recording server answers as the OpenAPI file and the official samples show.
 */
class AgentAndDialGroupSettingsWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String AGENTS = """
            [{"agentId":2101,"agentGroupId":1101,"username":"alice","firstName":\
            "Alice","isActive":true,"agentRank":2},{"agentId":2102,"agentGroupId":1101,"username":"bob",\
            "firstName":"Bob","isActive":false}]""";

    private AgentSettingsApi agents;
    private DialGroupSettingsApi dialGroups;
    private CampaignSettingsApi campaigns;

    @BeforeEach
    void client() {
        var client = WireTests.client(SERVER);
        agents = client.api(AgentSettingsApi.class);
        dialGroups = client.api(DialGroupSettingsApi.class);
        campaigns = client.api(CampaignSettingsApi.class);
    }

    @Test
    void severalAgentsAreUpdatedInOneRequest() {
        SERVER.enqueue(Answer.json(200, AGENTS));
        Agent alice = new Agent();
        alice.setAgentId(2101);
        alice.setAgentRank(2);
        Agent bob = new Agent();
        bob.setAgentId(2102);
        bob.setIsActive(false);

        List<Agent> updated = agents.updateAll("~", 1101, List.of(alice, bob));

        assertSentJson(SERVER, "PUT", ACCOUNT + "/agentGroups/1101/agents", null,
                "[{\"agentId\":2101,\"agentRank\":2},{\"agentId\":2102,\"isActive\":false}]");
        assertThat(updated).extracting(Agent::getUsername).containsExactly("alice", "bob");
        assertThat(updated.get(1).getIsActive()).isFalse();
    }

    @Test
    void dialGroupsAreListedWithTheirCampaigns() {
        SERVER.enqueue(Answer.json(200, """
                [{"dialGroupId":5101,"dialGroupName":"Predictive","dialMode":\
                "PREDICTIVE","isActive":true,"permissions":["READ","UPDATE"],"agentDialGroupMembers":\
                [{"agentId":2101,"dialGroupId":5101,"hciClicker":false}],"campaigns":[{"campaignId":6101,\
                "campaignName":"Spring","isActive":1},{"campaignId":6102,"campaignName":"Autumn"}]}]"""));
        SERVER.enqueue(Answer.json(200, "[]"));

        List<DialGroupWithCampaigns> groups = dialGroups.listWithCampaigns("~", true, 0, 25);
        assertSentWithoutBody(SERVER, "GET", ACCOUNT + "/dialGroups/withChildren",
                "includePermissions=true&page=0&maxRows=25");
        dialGroups.listWithCampaigns("~");
        assertSentWithoutBody(SERVER, "GET", ACCOUNT + "/dialGroups/withChildren", null);

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.getDialGroupId()).isEqualTo(5101);
            assertThat(g.getDialMode()).isEqualTo("PREDICTIVE");
            assertThat(g.getCampaigns()).extracting(Campaign::getCampaignName).containsExactly("Spring", "Autumn");
            assertThat(g.getAgentDialGroupMembers()).extracting(AgentDialGroupMember::getAgentId).containsExactly(2101);
            assertThat(g.getPermissions()).containsExactly("READ", "UPDATE");
            assertThat(g).hasToString("DialGroupWithCampaigns[5101, Predictive, 2 campaigns]");
        });
    }

    @Test
    void theOfficialDialGroupSampleMapsIntoTheModel() {
        String sample = OfficialFiles.sampleOrSkip("dial-groups--response.json");
        // the official sample ends its object with a trailing comma, which no JSON parser accepts by default
        String object = sample.strip().replaceAll(",\\s*}$", "}");
        SERVER.enqueue(Answer.json(200, "[" + object + "]"));

        List<DialGroupWithCampaigns> groups = dialGroups.listWithCampaigns("~");

        assertSentWithoutBody(SERVER, "GET", ACCOUNT + "/dialGroups/withChildren", null);
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.getDialGroupId()).isEqualTo(115793);
            assertThat(g.getDialGroupName()).isEqualTo("My Dial Group - Predictive");
            assertThat(g.getIsActive()).isTrue();
            assertThat(g.getAgentDialGroupMembers()).isEmpty();
            assertThat(g.getPermissions()).isEmpty();
            assertThat(g.getCampaigns()).isNull();
            assertThat(g.getHciEnabled()).isEqualTo(DialGroup.HciEnabled.DISABLED); // typed since the models are generated
            assertThat(g.otherProperties()).doesNotContainKey("hciEnabled");
        });
    }

    @Test
    void agentsAreAssignedToADialGroupAndListed() {
        SERVER.enqueue(Answer.json(200, AGENTS));
        SERVER.enqueue(Answer.json(200, AGENTS));

        List<Agent> assigned = dialGroups.assignAgents("~", 5101,
                List.of(AgentDialGroupMember.agent(2101), AgentDialGroupMember.agent(2102)));
        assertSentJson(SERVER, "PUT", ACCOUNT + "/dialGroups/5101/assignAgents", null,
                "[{\"agentId\":2101},{\"agentId\":2102}]");
        List<Agent> listed = dialGroups.listAssignedAgents("~", 5101, 1, 10);
        assertSentWithoutBody(SERVER, "GET", ACCOUNT + "/dialGroups/5101/assignedAgents", "page=1&maxRows=10");

        assertThat(assigned).extracting(Agent::getAgentId).containsExactly(2101, 2102);
        assertThat(listed).extracting(Agent::getUsername).containsExactly("alice", "bob");
    }

    @Test
    void aCampaignsDialerCacheIsClearedWithAPlainTextAnswer() {
        SERVER.enqueue(Answer.text(201, "true"));

        boolean cleared = campaigns.clearCache("~", 5101, 6101);

        var sent = assertSentWithoutBody(SERVER, "POST", ACCOUNT + "/dialGroups/5101/campaigns/6101/clearCache", null);
        assertThat(sent.header("Accept")).contains("text/plain");
        assertThat(cleared).isTrue();
    }
}
