package io.quarkiverse.engagevoice.client.api.reporting;

import static io.quarkiverse.engagevoice.client.api.reporting.ReportingWire.CX;
import static io.quarkiverse.engagevoice.client.api.reporting.ReportingWire.RC_ACCOUNT;
import static io.quarkiverse.engagevoice.client.api.reporting.ReportingWire.SUB_ACCOUNT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNT_ID;
import static io.quarkiverse.engagevoice.client.testing.WireTests.API_TOKEN;
import static io.quarkiverse.engagevoice.client.testing.WireTests.ROOT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.line;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.error.PermissionDeniedException;
import io.quarkiverse.engagevoice.client.model.reporting.IntegrationAgent;
import io.quarkiverse.engagevoice.client.model.reporting.IntegrationAgentGroup;
import io.quarkiverse.engagevoice.client.model.reporting.IntegrationQueue;
import io.quarkiverse.engagevoice.client.model.reporting.IntegrationQueueGroup;
import io.quarkiverse.engagevoice.client.model.reporting.IntegrationUser;
import io.quarkiverse.engagevoice.client.model.reporting.SubAccount;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** The read-only lookups of the integration APIs: queue groups with agents, sub-accounts, agent groups, agents, users. */
class IntegrationLookupsWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String ADMIN = ROOT + "/integration/v1/admin";

    private final EngageVoiceClient client = WireTests.client(SERVER);
    private final IntegrationQueueGroupsApi queueGroups = client.api(IntegrationQueueGroupsApi.class);
    private final IntegrationDirectoryApi directory = client.api(IntegrationDirectoryApi.class);

    @Test
    void queueGroupsAndTheirQueuesWithAgents() {
        SERVER.enqueue(Answer.json(200, """
                [{"queueGroupId":1009,"groupName":"Queue group 1","queueGroupType":\
                "VOICE"},{"queueGroupId":1010,"groupName":"Queue group 2","queueGroupType":"DIGITAL"}]"""));
        SERVER.enqueue(Answer.json(200, """
                [{"queueId":555,"queueType":"VOICE","queueName":"Test queue 1",\
                "queueGroupId":1009,"isActive":true,"createdOn":"2020-07-21T17:32:28Z","agentIds":[10,20]}]"""));

        List<IntegrationQueueGroup> groups = queueGroups.list(RC_ACCOUNT, SUB_ACCOUNT);
        List<IntegrationQueue> queues = queueGroups.queuesWithAgents(RC_ACCOUNT, SUB_ACCOUNT,
                groups.get(0).getQueueGroupId());

        assertThat(lines(SERVER)).containsExactly(
                "GET " + CX + "/queue-groups", "GET " + CX + "/queue-groups/1009/with-agents");
        assertThat(SERVER.lastRequest().header("X-Auth-Token")).isEqualTo(API_TOKEN);
        assertThat(groups).extracting(IntegrationQueueGroup::getQueueGroupType).containsExactly("VOICE", "DIGITAL");
        assertThat(groups.get(1).toString()).contains("1010", "Queue group 2");
        assertThat(queues).singleElement().satisfies(q -> {
            assertThat(q.getQueueId()).isEqualTo(555);
            assertThat(q.getQueueName()).isEqualTo("Test queue 1");
            assertThat(q.getActive()).isTrue();
            assertThat(q.getCreatedOn().toInstant()).isEqualTo(Instant.parse("2020-07-21T17:32:28Z"));
            assertThat(q.getAgentIds()).containsExactly(10, 20);
        });
    }

    @Test
    void theCxAccountsSegmentIsARingCentralAccountAndNeverTheAlias() {
        SERVER.enqueue(Answer.json(200, "[]"));

        queueGroups.list("~", SUB_ACCOUNT);

        assertThat(line(SERVER.lastRequest())).isEqualTo(
                "GET " + ROOT + "/cx/integration/v1/accounts/~/sub-accounts/" + SUB_ACCOUNT + "/queue-groups");
    }

    @Test
    void subAccountsOfTheMainAccount() {
        SERVER.enqueue(Answer.json(200, """
                [{"subAccountId":"15910001","subAccountName":"Cappuccino Engage\s\
                Development","isActive":true},{"subAccountId":"15910006","subAccountName":"Old",\
                "isActive":false}]"""));

        List<SubAccount> subAccounts = directory.subAccounts("99990033");

        assertThat(line(SERVER.lastRequest())).isEqualTo("GET " + ADMIN + "/accounts/99990033/subaccounts");
        assertThat(subAccounts).extracting(SubAccount::getSubAccountId).containsExactly("15910001", "15910006");
        assertThat(subAccounts).extracting(SubAccount::getActive).containsExactly(true, false);
        assertThat(subAccounts.get(0).getSubAccountName()).isEqualTo("Cappuccino Engage Development");
    }

    @Test
    void agentGroupsAndAgentsOfTheClientsAccountByAlias() {
        SERVER.enqueue(Answer.json(200, "[{\"agentGroupId\":30,\"groupName\":\"Team A1\"}]"));
        SERVER.enqueue(Answer.json(200, """
                [{"rcUserId":1009,"agentId":1386703,"agentGroupId":30,"firstName":"Jane","lastName":"Doe",
                  "engageUserName":"jane.doe+wfo1@ringcentral.com","userName":"jane.doe+wfo1+eo1@ringcentral.com",
                  "email":"jane.doe@ringcentral.com","agentType":"SUPERVISOR","isActive":true,
                  "supervisorAgentIds":[1386605,1386600],"superviseeAgentIds":[1386804,1386905],"envID":"eo1"}]
                """));

        List<IntegrationAgentGroup> groups = directory.agentGroups("~");
        List<IntegrationAgent> agents = directory.agents("~", groups.get(0).getAgentGroupId());

        assertThat(lines(SERVER)).containsExactly(
                "GET " + ADMIN + "/accounts/" + ACCOUNT_ID + "/agentGroups",
                "GET " + ADMIN + "/accounts/" + ACCOUNT_ID + "/agentGroups/30/agents");
        assertThat(groups).singleElement().satisfies(g -> assertThat(g.getGroupName()).isEqualTo("Team A1"));
        IntegrationAgent jane = agents.get(0);
        assertThat(jane.getRcUserId()).isEqualTo(1009L);
        assertThat(jane.getAgentId()).isEqualTo(1386703);
        assertThat(jane.getAgentType()).isEqualTo("SUPERVISOR");
        assertThat(jane.getActive()).isTrue();
        assertThat(jane.getEnvId()).isEqualTo("eo1");
        assertThat(jane.getSupervisorAgentIds()).containsExactly(1386605, 1386600);
        assertThat(jane.getSuperviseeAgentIds()).containsExactly(1386804, 1386905);
        assertThat(jane.toString()).contains("1386703").doesNotContain("jane", "Jane", "Doe");
    }

    @Test
    void usersOfTheMainAccount() {
        SERVER.enqueue(Answer.json(200, """
                [{"rcUserId":1009,"userId":3289,"engageUserName":"jane.doe+wfo1@ringcentral.com",
                  "userName":"jane.doe+wfo1+eo1@ringcentral.com","email":"jane.doe@ringcentral.com","firstName":"Jane",
                  "lastName":"Doe","parentPath":"2181.2979.2983.3064","envID":"eo1"}]
                """));

        List<IntegrationUser> users = directory.users("99990033");

        assertThat(line(SERVER.lastRequest())).isEqualTo("GET " + ADMIN + "/users/99990033");
        assertThat(users).singleElement().satisfies(u -> {
            assertThat(u.getUserId()).isEqualTo(3289);
            assertThat(u.getRcUserId()).isEqualTo(1009L);
            assertThat(u.getParentPath()).isEqualTo("2181.2979.2983.3064");
            assertThat(u.getEmail()).isEqualTo("jane.doe@ringcentral.com");
            assertThat(u.getEnvId()).isEqualTo("eo1");
            assertThat(u.toString()).contains("3289").doesNotContain("jane", "Doe");
        });
    }

    @Test
    void withoutTheWfoRoleTheLookupsAreForbidden() {
        SERVER.enqueue(Answer.json(403, """
                {"generalMessage":"You do not have permission to access this resource",\
                "details":"","developerMessage":"Access is denied","cause":"","requestUri":\
                "voice/api/integration/v1/admin/users/99990033 - GET","timestamp":1611847650696}"""));

        PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class,
                () -> directory.users("99990033"));

        assertThat(e.status()).isEqualTo(403);
        assertThat(e.serverMessage()).contains("You do not have permission to access this resource");
    }
}
