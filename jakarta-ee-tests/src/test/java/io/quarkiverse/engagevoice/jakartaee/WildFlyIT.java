package io.quarkiverse.engagevoice.jakartaee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checks on WildFly (the full distribution from Maven Central, default {@code standalone.xml}): RESTEasy,
 * Weld, SmallRye Config. The WAR goes through the deployment scanner; a {@code .failed} marker fails at once.
 */
class WildFlyIT extends ServerChecks {

    private static final String WAR = "engage-voice-checks.war";
    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    private static Path deployments;

    @BeforeAll
    static void startWildFly() throws IOException {
        Path home = ServerProcess.requiredPath("engagevoice.wildfly.home");
        Path work = Path.of(System.getProperty("engagevoice.servers.work", "target/server-work")).resolve("wildfly");
        Path base = work.resolve("standalone");
        deleteRecursively(base);
        copyRecursively(home.resolve("standalone/configuration"), base.resolve("configuration"));
        deployments = Files.createDirectories(base.resolve("deployments"));
        Files.copy(ServerProcess.requiredPath("engagevoice.war"), base.resolve("deployments").resolve(WAR),
                StandardCopyOption.REPLACE_EXISTING);
        // the transaction ports are literals in the shipped file: made settable, so that every port is a free one
        Path config = base.resolve("configuration/standalone.xml");
        Files.writeString(base.resolve("configuration/standalone-engage-voice.xml"), Files.readString(config)
                .replace("port=\"4712\"", "port=\"${engagevoice.txn.recovery.port}\"")
                .replace("port=\"4713\"", "port=\"${engagevoice.txn.status.port}\""));

        String simulatorUrl = startSimulator();
        Path failedMarker = base.resolve("deployments").resolve(WAR + ".failed");
        server = ServerProcess.start("WildFly", new ServerProcess.Launch() {
            @Override
            public List<String> command(int http) {
                return List.of(home.resolve("bin/standalone.sh").toString(),
                        "-c", "standalone-engage-voice.xml",
                        "-Djboss.server.base.dir=" + base,
                        "-Djboss.bind.address=127.0.0.1",
                        "-Djboss.bind.address.management=127.0.0.1",
                        "-Djboss.http.port=" + http,
                        "-Djboss.https.port=" + ServerProcess.freePort(),
                        "-Djboss.ajp.port=" + ServerProcess.freePort(),
                        "-Djboss.management.http.port=" + ServerProcess.freePort(),
                        "-Djboss.management.https.port=" + ServerProcess.freePort(),
                        "-Dengagevoice.txn.recovery.port=" + ServerProcess.freePort(),
                        "-Dengagevoice.txn.status.port=" + ServerProcess.freePort(),
                        "-Dengagevoice.simulator.url=" + simulatorUrl);
            }

            @Override
            public URI application(int http) {
                return URI.create("http://127.0.0.1:" + http + "/engage-voice-checks/api/");
            }
        }, work, () -> readIfExists(failedMarker));
    }

    @AfterAll
    static void stopWildFly() {
        stopAll();
    }

    /** A second WAR, the same but for a typo in its configuration: refused, naming the property; the first one runs on. */
    @Test
    void aWrongSettingFailsTheDeploymentNamingIt() throws Exception {
        Path broken = deployments.resolve("engage-voice-typo.war");
        withExtraConfig(ServerProcess.requiredPath("engagevoice.war"), broken, "engage-voice.auth.usernme=admin\n");
        Path failed = deployments.resolve("engage-voice-typo.war.failed");

        await("the typo deployment refused").atMost(Duration.ofMinutes(2)).until(() -> Files.exists(failed));

        assertThat(Files.readString(failed)).contains("InvalidSettingException")
                .contains("engage-voice.auth.usernme: is not a setting of the Engage Voice client");
        assertThat(server.log()).doesNotContain("Sim-Admin-Pass-1");
        Files.delete(broken);
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.application().resolve("checks/accounts"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    private static void withExtraConfig(Path war, Path target, String extra) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(war));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target.resolveSibling(target.getFileName()
                        + ".part")))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                out.write(content);
                if (entry.getName().equals(CONFIG)) {
                    out.write(("\n" + extra).getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        // moved in whole, so that the deployment scanner never sees half a file
        Files.move(target.resolveSibling(target.getFileName() + ".part"), target, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    String expectedRuntime() {
        return "WildFly/" + System.getProperty("engagevoice.wildfly.version");
    }

    private static String readIfExists(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            return "unreadable " + file + ": " + e;
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(file);
            }
        }
    }
}
