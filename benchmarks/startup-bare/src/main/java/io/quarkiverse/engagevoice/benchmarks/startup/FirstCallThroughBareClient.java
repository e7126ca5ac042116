package io.quarkiverse.engagevoice.benchmarks.startup;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Logs in by hand, makes the same call as the extension's probe, prints the time since JVM start, the RSS and the
 * classes loaded, exits.
 */
@QuarkusMain
public class FirstCallThroughBareClient implements QuarkusApplication {

    @RestClient
    EngageEndpoints engage;

    @ConfigProperty(name = "probe.username")
    String username;

    @ConfigProperty(name = "probe.password")
    String password;

    @ConfigProperty(name = "probe.platform-id")
    String platformId;

    @ConfigProperty(name = "probe.account-id")
    String accountId;

    @ConfigProperty(name = "probe.agent-group-id")
    int agentGroupId;

    @Override
    public int run(String... args) throws Exception {
        String token = engage.login(username, password, platformId).accessToken();
        EngageEndpoints.AgentGroup group = engage.agentGroup("Bearer " + token, accountId, agentGroupId);
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        if (group.agentGroupId() == null || group.agentGroupId() != agentGroupId) {
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
