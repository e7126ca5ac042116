package io.quarkiverse.engagevoice.deployment.devservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.model.Account;
import io.quarkiverse.engagevoice.client.model.AgentGroup;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkus.test.QuarkusUnitTest;

/** With no Engage Voice configuration at all, the default client logs in to the simulator and works against it. */
class DevServicesSimulatorTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest();

    @Inject
    AccountsApi accounts;

    @Inject
    AgentGroupsApi agentGroups;

    @Test
    void theDefaultClientLogsInToTheSimulator() throws Exception {
        String server = ConfigProvider.getConfig().getValue("quarkus.engage-voice.server", String.class);
        assertThat(server).startsWith("http://127.0.0.1:");

        assertThat(accounts.list()).extracting(Account::getAccountId).contains(SimulatorCredentials.MAIN_ACCOUNT_ID);
        AgentGroup created = agentGroups.create("~", AgentGroup.named("Dev services group"));
        assertThat(agentGroups.get("~", created.getAgentGroupId()).getGroupName()).isEqualTo("Dev services group");

        // the client logged in as the demo user, and "~" became the account that login named
        String journal = get(server + "/__admin/requests");
        assertThat(journal).contains("/api/auth/login/admin")
                .contains("/voice/api/v1/admin/accounts/" + SimulatorCredentials.SALES_ACCOUNT_ID + "/agentGroups");
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
