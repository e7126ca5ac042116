package io.quarkiverse.engagevoice.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.error.EngageVoiceException;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;

/**
 * A 50 MB error page: the client reads a bounded part of it, so a small heap survives. The call runs in a JVM of its
 * own with {@code -Xmx256m}; the server, which holds the page, runs in this one.
 */
class LargeErrorBodyWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();

    @Test
    void aFiftyMegabyteErrorBodyGivesABoundedMessageInA256MegabyteHeap() throws Exception {
        SERVER.answerByDefault(Answer.text(500, "<html>" + "x".repeat(50 * 1024 * 1024) + "</html>"));

        Path output = Files.createTempFile("large-error-body", ".txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Call.class.getName(), SERVER.url())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean finished = child.waitFor(2, TimeUnit.MINUTES);
        if (!finished) {
            child.destroyForcibly();
        }
        String out = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);

        assertThat(finished).as(out).isTrue();
        assertThat(child.exitValue()).as(out).isZero();
        String result = out.lines().filter(l -> l.startsWith("result ")).findFirst().orElseThrow(() -> new AssertionError(out));
        String[] parts = result.split(" ");
        assertThat(parts[1]).isEqualTo("ServiceErrorException");
        assertThat(Integer.parseInt(parts[2])).as("message length").isLessThan(2_000);
        assertThat(Integer.parseInt(parts[3])).as("body length").isLessThan(70 * 1024);
        assertThat(SERVER.requests()).hasSize(1);
    }

    /** The child JVM: one call, then what it got. */
    public static final class Call {
        public static void main(String[] args) throws IOException {
            try (EngageVoiceClient client = EngageVoiceClient.builder().server(args[0]).accountId("15")
                    .credentials(Credentials.apiToken("ApiTokenOfTheLargeBodyTest")).build()) {
                client.api(AgentGroupsApi.class).get("15", 1);
                System.out.println("result none 0 0");
            } catch (EngageVoiceException e) {
                System.out.println("result " + e.getClass().getSimpleName() + " " + e.getMessage().length() + " "
                        + e.body().length());
            } catch (OutOfMemoryError e) {
                System.out.println("result OutOfMemoryError 0 0");
            }
            System.exit(0); // what is measured is printed; NoLingeringThreadsTest covers the threads left behind
        }
    }
}
