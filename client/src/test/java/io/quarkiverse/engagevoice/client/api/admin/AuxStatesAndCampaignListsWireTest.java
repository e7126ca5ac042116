package io.quarkiverse.engagevoice.client.api.admin;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNT_ID;
import static io.quarkiverse.engagevoice.client.testing.WireTests.ROOT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.model.AccountAuxState;
import io.quarkiverse.engagevoice.client.model.admin.CampaignLeadList;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** The documented-only aux-state list and campaign lead lists on the wire. */
class AuxStatesAndCampaignListsWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String ACCOUNT = ROOT + "/v1/admin/accounts/" + ACCOUNT_ID;

    @Test
    void activeAuxStatesAreAskedWithActiveOne() {
        SERVER.enqueue(Answer.json(200, """
                [{"stateId":11786,"agentAuxState":"AVAILABLE","baseAgentState":{"colKey":"AVAILABLE"},
                  "isActive":true,"isAgentSelectable":true}]""")).enqueue(Answer.json(200, "[]"));
        AuxStatesApi auxStates = WireTests.client(SERVER).api(AuxStatesApi.class);

        List<AccountAuxState> active = auxStates.active("~");
        List<AccountAuxState> all = auxStates.list("~", null);

        assertThat(lines(SERVER)).containsExactly("GET " + ACCOUNT + "/auxStates?active=1", "GET " + ACCOUNT
                + "/auxStates");
        assertThat(SERVER.lastRequest().header("Accept")).isEqualTo("application/json");
        assertThat(active).singleElement().satisfies(state -> {
            assertThat(state.getStateId()).isEqualTo(11786);
            assertThat(state.getAgentAuxState()).isEqualTo("AVAILABLE");
            assertThat(state.getIsAgentSelectable()).isTrue();
        });
        assertThat(all).isEmpty();
    }

    @Test
    void aCampaignsListsAreAGetUnderItsDialGroup() {
        SERVER.enqueue(Answer.json(200, """
                [{"listId":3333,"listDesc":"Spring load","listState":"ACTIVE","leadsSupplied":120,
                  "uploadDate":"2024-05-08T14:40:47.000+0000","vendorTag":"x"}]"""));

        List<CampaignLeadList> lists = WireTests.client(SERVER).api(CampaignListsApi.class).list("~", 5101, 6101);

        assertThat(lines(SERVER)).containsExactly("GET " + ACCOUNT + "/dialGroups/5101/campaigns/6101/lists");
        assertThat(SERVER.lastRequest().body()).isEmpty();
        CampaignLeadList spring = lists.get(0);
        assertThat(spring.getListId()).isEqualTo(3333);
        assertThat(spring.getListState()).isEqualTo("ACTIVE");
        assertThat(spring.getLeadsSupplied()).isEqualTo(120);
        assertThat(spring.getUploadDate()).isNotNull();
        assertThat(spring.otherProperties()).containsEntry("vendorTag", "x");
    }
}
