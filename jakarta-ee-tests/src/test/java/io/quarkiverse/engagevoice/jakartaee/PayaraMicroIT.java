package io.quarkiverse.engagevoice.jakartaee;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The checks on Payara Micro (from Maven Central): Jersey, Weld, Payara's MicroProfile Config, clustering off,
 * the HTTP listener on 127.0.0.1 through a pre-boot command.
 */
class PayaraMicroIT extends ServerChecks {

    /** What Payara Micro logs when it refuses a deployment. */
    private static final Pattern DEPLOYMENT_FAILED = Pattern.compile(
            ".*(Exception while loading the app|ModelValidationException|Deployment failed|deployment failed).*");

    @BeforeAll
    static void startPayaraMicro() throws IOException {
        Path work = Path.of(System.getProperty("engagevoice.servers.work", "target/server-work")).resolve("payara-micro");
        Files.createDirectories(work);
        Path preBoot = work.resolve("pre-boot-commands.txt");
        Files.writeString(preBoot, "set configs.config.server-config.network-config.network-listeners"
                + ".network-listener.http-listener.address=127.0.0.1\n");
        String simulatorUrl = startSimulator();
        server = ServerProcess.start("Payara Micro", new ServerProcess.Launch() {
            @Override
            public List<String> command(int http) {
                return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-Dengagevoice.simulator.url=" + simulatorUrl,
                        "-jar", ServerProcess.requiredPath("engagevoice.payara.jar").toString(),
                        "--noCluster",
                        "--port", String.valueOf(http),
                        "--prebootcommandfile", preBoot.toString(),
                        "--rootDir", work.resolve("root").toString(),
                        "--deploy", ServerProcess.requiredPath("engagevoice.war").toString());
            }

            @Override
            public URI application(int http) {
                return URI.create("http://127.0.0.1:" + http + "/engage-voice-checks/api/");
            }
        }, work, () -> failure(work.resolve("server.log.txt")));
    }

    @AfterAll
    static void stopPayaraMicro() {
        stopAll();
    }

    @Override
    String expectedRuntime() {
        return "Payara-Micro/" + System.getProperty("engagevoice.payara.version");
    }

    private static String failure(Path log) {
        try {
            if (!Files.exists(log)) {
                return null;
            }
            Matcher m = DEPLOYMENT_FAILED.matcher(Files.readString(log));
            return m.find() ? m.group() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
