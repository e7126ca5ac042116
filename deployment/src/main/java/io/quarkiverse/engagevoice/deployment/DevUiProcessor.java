package io.quarkiverse.engagevoice.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkiverse.engagevoice.EngageVoiceClients;
import io.quarkiverse.engagevoice.runtime.devui.EngageVoiceJsonRpcService;
import io.quarkus.deployment.IsNormal;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.dev.devservices.DevServicesConfig;
import io.quarkus.devui.spi.JsonRPCProvidersBuildItem;
import io.quarkus.devui.spi.page.CardPageBuildItem;
import io.quarkus.devui.spi.page.Page;

/**
 * The Dev UI card: the clients as configured (server, generation, kind of credentials, never a secret), their
 * running state and, with the Dev Service, the simulator's journal and a reset. Never built for production.
 */
class DevUiProcessor {

    static final String CLIENTS = "clients";

    /** Credential settings, in the order their kind is named; only the names are read, never the values. */
    private static final Map<String, String> CREDENTIAL_KINDS = credentialKinds();

    @BuildStep(onlyIfNot = IsNormal.class)
    CardPageBuildItem card(EngageVoiceBuildConfig build, DevServicesConfig devServices) {
        // the Dev Service's own condition, rather than its build item, which would close a cycle through the index
        Config config = ConfigProvider.getConfig();
        boolean simulator = devServices.enabled() && build.devservices().enabled()
                && !DevServicesProcessor.defaultClientConfigured(config);
        CardPageBuildItem card = new CardPageBuildItem();
        card.addBuildTimeData(CLIENTS, configuredClients(config, simulator));
        card.addPage(Page.tableDataPageBuilder("Clients")
                .icon("font-awesome-solid:phone")
                .buildTimeDataKey(CLIENTS)
                .showColumn("name").showColumn("server").showColumn("generation").showColumn("credentials"));
        card.addPage(Page.externalPageBuilder("Running clients")
                .icon("font-awesome-solid:signal")
                .dynamicUrlJsonRPCMethodName("clients")
                .isJsonContent());
        if (simulator) {
            card.addPage(Page.externalPageBuilder("Simulator journal")
                    .icon("font-awesome-solid:list")
                    .dynamicUrlJsonRPCMethodName("journalUrl")
                    .isJsonContent());
        }
        return card;
    }

    @BuildStep(onlyIfNot = IsNormal.class)
    JsonRPCProvidersBuildItem jsonRpc() {
        return new JsonRPCProvidersBuildItem(EngageVoiceJsonRpcService.class);
    }

    /** The clients the build-time configuration names, with what can be shown of them. */
    static List<Map<String, String>> configuredClients(Config config, boolean simulator) {
        Set<String> names = new TreeSet<>(EngageVoiceProcessor.namedClientsInConfiguration(config.getPropertyNames()));
        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(row(config, EngageVoiceClients.DEFAULT, simulator));
        names.forEach(name -> rows.add(row(config, name, false)));
        return rows;
    }

    private static Map<String, String> row(Config config, String name, boolean simulator) {
        String prefix = EngageVoiceClients.DEFAULT.equals(name) ? DevServicesProcessor.PREFIX
                : DevServicesProcessor.PREFIX + "\"" + name + "\".";
        Map<String, String> row = new LinkedHashMap<>();
        row.put("name", name);
        String server = config.getOptionalValue(prefix + "server", String.class).orElse(null);
        boolean legacy = config.getOptionalValue(prefix + "legacy", Boolean.class).orElse(false)
                || (server != null && server.startsWith("legacy-"));
        row.put("server", server != null ? server : simulator ? "the Dev Service's simulator" : "ringcx");
        row.put("generation", legacy ? "legacy" : "current");
        String kind = simulator ? "login (the simulator's demo user)" : "none configured";
        for (var entry : CREDENTIAL_KINDS.entrySet()) {
            if (config.getOptionalValue(prefix + entry.getKey(), String.class).isPresent()) {
                kind = entry.getValue();
                break;
            }
        }
        row.put("credentials", kind);
        return row;
    }

    private static Map<String, String> credentialKinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("auth.ringcentral.jwt", "RingCentral JWT");
        kinds.put("auth.username", "login");
        kinds.put("auth.api-token", "API token");
        kinds.put("auth.access-token", "access token");
        kinds.put("auth.credentials-provider", "credentials provider");
        return kinds;
    }
}
