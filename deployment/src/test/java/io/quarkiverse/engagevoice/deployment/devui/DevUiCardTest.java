package io.quarkiverse.engagevoice.deployment.devui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.model.AgentGroup;
import io.quarkiverse.engagevoice.runtime.devui.EngageVoiceJsonRpcService;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.builder.BuildChainBuilder;
import io.quarkus.devui.spi.JsonRPCProvidersBuildItem;
import io.quarkus.devui.spi.page.CardPageBuildItem;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The Dev UI build items: a card listing the clients as configured (never a secret) with the simulator's journal,
 * and the JSON-RPC service, whose reset really puts the Dev Service's simulator back to its seed.
 */
class DevUiCardTest {

    static final String SECRET = "aws80:never-in-dev-ui";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.engage-voice.\"tenant-a\".server", "legacy-vacd")
            .overrideConfigKey("quarkus.engage-voice.\"tenant-a\".auth.api-token", SECRET)
            .addBuildChainCustomizer(DevUiCardTest::captureDevUiItems);

    @Inject
    EngageVoiceJsonRpcService devUi;

    @Inject
    AgentGroupsApi agentGroups;

    @Test
    void theCardListsTheClientsWithoutSecrets() {
        String clients = System.getProperty("engage-voice.devui.clients");
        assertThat(clients).contains("name=<default>", "server=the Dev Service's simulator",
                "credentials=login (the simulator's demo user)")
                .contains("name=tenant-a", "server=legacy-vacd", "generation=legacy", "credentials=API token")
                .doesNotContain(SECRET);
        // the clients as configured, the running clients, and the simulator's journal
        assertThat(System.getProperty("engage-voice.devui.pages")).isEqualTo("3");
        assertThat(System.getProperty("engage-voice.devui.jsonrpc")).isEqualTo(EngageVoiceJsonRpcService.class.getName());
    }

    @Test
    void theServiceShowsTheRunningClientsAndResetsTheSimulator() throws Exception {
        List<Map<String, String>> clients = devUi.clients();
        assertThat(clients).extracting(c -> c.get("name")).contains("<default>", "tenant-a");
        assertThat(clients.toString()).doesNotContain(SECRET);
        String server = ConfigProvider.getConfig().getValue("quarkus.engage-voice.server", String.class);
        assertThat(devUi.journalUrl()).isEqualTo(server + "/__admin/requests");

        agentGroups.create("~", AgentGroup.named("Before the reset"));
        assertThat(agentGroups.list("~")).extracting(AgentGroup::getGroupName).contains("Before the reset");
        assertThat(get(devUi.journalUrl())).contains("/agentGroups");

        assertThat(devUi.reset()).isEqualTo("reset");

        assertThat(agentGroups.list("~")).extracting(AgentGroup::getGroupName).doesNotContain("Before the reset");
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The Dev UI consumes these only in dev mode: this test consumes them itself, and makes the service a bean. */
    private static void captureDevUiItems(BuildChainBuilder chain) {
        chain.addBuildStep(context -> {
            CardPageBuildItem card = context.consumeMulti(CardPageBuildItem.class).stream()
                    .filter(c -> c.getBuildTimeData().containsKey("clients")).findFirst().orElseThrow();
            System.setProperty("engage-voice.devui.clients", String.valueOf(card.getBuildTimeData().get("clients")
                    .getContent()));
            System.setProperty("engage-voice.devui.pages", String.valueOf(card.getPages().size()));
            JsonRPCProvidersBuildItem jsonRpc = context.consumeMulti(JsonRPCProvidersBuildItem.class).stream()
                    .filter(j -> j.getJsonRPCMethodProviderClass() == EngageVoiceJsonRpcService.class).findFirst()
                    .orElseThrow();
            System.setProperty("engage-voice.devui.jsonrpc", jsonRpc.getJsonRPCMethodProviderClass().getName());
            context.produce(AdditionalBeanBuildItem.unremovableOf(jsonRpc.getJsonRPCMethodProviderClass()));
        }).consumes(CardPageBuildItem.class).consumes(JsonRPCProvidersBuildItem.class)
                .produces(AdditionalBeanBuildItem.class).build();
    }
}
