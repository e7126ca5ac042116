package io.quarkiverse.engagevoice.mockserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkiverse.engagevoice.mockserver.internal.cli.CommandLine;
import io.quarkiverse.engagevoice.mockserver.internal.cli.DurationArgument;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;

/** The standalone simulator: options, banner, exit status. */
class StandaloneTest {

    @Test
    void optionsHaveDefaultsAndAcceptBothSpellings() throws Exception {
        CommandLine.Options defaults = CommandLine.parse(List.of());
        assertThat(defaults).isEqualTo(new CommandLine.Options(0, "127.0.0.1", false, Duration.ofMinutes(5), false));

        CommandLine.Options given = CommandLine.parse(List.of("--port", "8089", "--legacy", "--token-ttl=90s"));
        assertThat(given.port()).isEqualTo(8089);
        assertThat(given.legacy()).isTrue();
        assertThat(given.tokenTtl()).isEqualTo(Duration.ofSeconds(90));
    }

    @ParameterizedTest
    @CsvSource({ "5m, PT5M", "300s, PT5M", "PT5M, PT5M", "pt1h, PT1H", "1h, PT1H", "250ms, PT0.25S" })
    void tokenTtlAcceptsShortAndIsoForms(String text, String expected) {
        assertThat(DurationArgument.parse(text)).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "--port|abc|'abc' for --port",
            "--port|70000|'70000' for --port",
            "--token-ttl|5 minutes|'5 minutes' for --token-ttl",
            "--token-ttl|0s|'0s' for --token-ttl" })
    void badValuesNameTheOptionAndTheValue(String option, String value, String expectedMessage) {
        assertThatThrownBy(() -> CommandLine.parse(List.of(option, value)))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessageContaining(expectedMessage);
    }

    @Test
    void unknownOptionsAndMissingValuesAreRefused() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("--colour", "red")))
                .hasMessageContaining("unknown option '--colour'");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--port")))
                .hasMessageContaining("--port needs a value");
    }

    @Test
    void launchPrintsOneBannerLineWithUrlAndCredentials() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SimulatorMain.Launch launch = SimulatorMain.launch(new String[] { "--legacy" }, print(out), print(out));
        try (EngageVoiceSimulator simulator = launch.simulator()) {
            String banner = out.toString(StandardCharsets.UTF_8);
            assertThat(banner.lines()).hasSize(1);
            assertThat(banner).contains(simulator.baseUrl()).contains("legacy")
                    .contains(SimulatorCredentials.LEGACY_USERNAME).contains(SimulatorCredentials.LEGACY_PASSWORD)
                    .contains(SimulatorCredentials.API_TOKEN).contains(SimulatorCredentials.MAIN_ACCOUNT_ID);
            assertThat(new TestHttp(simulator).get("/api/v1/admin/accounts")
                    .apiToken(SimulatorCredentials.API_TOKEN).send().status()).isEqualTo(200);
        }
    }

    @Test
    void launchWithABadOptionStartsNothingAndAnswersStatus2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        SimulatorMain.Launch launch = SimulatorMain.launch(new String[] { "--port", "x" },
                print(new ByteArrayOutputStream()), print(err));

        assertThat(launch.simulator()).isNull();
        assertThat(launch.exitStatus()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'x' for --port").contains("usage:");
    }

    @Test
    void theRealProcessPrintsTheBannerAndRunsUntilStopped() throws Exception {
        Process process = javaMain("--port", "0");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String banner = out.readLine();
            assertThat(banner).contains("current layout").contains(SimulatorCredentials.RC_CLIENT_ID)
                    .contains(SimulatorCredentials.ENGAGE_USERNAME);
            Matcher url = Pattern.compile("http://127\\.0\\.0\\.1:\\d+").matcher(banner);
            assertThat(url.find()).isTrue();
            assertThat(new TestHttp(url.group()).get("/voice/api/v1/admin/accounts")
                    .apiToken(SimulatorCredentials.API_TOKEN).send().status()).isEqualTo(200);
            assertThat(process.isAlive()).isTrue();
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theRealProcessExitsWithStatus2OnABadFlag() throws Exception {
        Process process = javaMain("--token-ttl", "soon");

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(err).contains("invalid value 'soon' for --token-ttl");
    }

    private static Process javaMain(String... args) throws IOException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                SimulatorMain.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
