package io.quarkiverse.engagevoice.deployment.devservices;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.model.Account;
import io.quarkiverse.engagevoice.client.model.AgentGroup;
import io.quarkiverse.engagevoice.mockserver.SimulatorCredentials;
import io.quarkus.test.QuarkusUnitTest;

/** With no Engage Voice configuration at all, the default client works against the simulator. */
class DevServicesSimulatorTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest();

    @Inject
    AccountsApi accounts;

    @Inject
    AgentGroupsApi agentGroups;

    @Test
    void theDefaultClientTalksToTheSimulator() {
        String server = ConfigProvider.getConfig().getValue("quarkus.engage-voice.server", String.class);
        assertThat(server).startsWith("http://127.0.0.1:");

        assertThat(accounts.list()).extracting(Account::getAccountId).contains(SimulatorCredentials.MAIN_ACCOUNT_ID);
        AgentGroup created = agentGroups.create("~", AgentGroup.named("Dev services group"));
        assertThat(agentGroups.get("~", created.getAgentGroupId()).getGroupName()).isEqualTo("Dev services group");
    }
}
