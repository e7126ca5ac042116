package io.quarkiverse.engagevoice.benchmarks.startup;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.model.AgentGroup;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Logs in through the extension (Engage login), makes one call, prints the time since JVM start, the RSS and the
 * classes loaded, exits.
 */
@QuarkusMain
public class FirstCallThroughExtension implements QuarkusApplication {

    @Inject
    AgentGroupsApi agentGroups;

    @ConfigProperty(name = "probe.account-id")
    String accountId;

    @ConfigProperty(name = "probe.agent-group-id")
    int agentGroupId;

    @Override
    public int run(String... args) throws Exception {
        AgentGroup group = agentGroups.get(accountId, agentGroupId);
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        if (group.getAgentGroupId() == null || group.getAgentGroupId() != agentGroupId) {
            throw new IllegalStateException("unexpected answer " + group);
        }
        System.out.println("startup first-call-ms=" + uptime + " rss-kb=" + residentKiB() + " classes="
                + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
        return 0;
    }

    private static String residentKiB() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> l.replaceAll("\\D", "")).findFirst().orElse("0");
    }
}
