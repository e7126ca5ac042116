package io.quarkiverse.engagevoice.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The simulator in a process of its own (its runner jar), so that its CPU time can be read apart from the client's
 * and every byte the benchmark JVM allocates is the client's.
 */
final class SimulatorProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on (\\S+)");

    private final Process process;
    private final String baseUrl;

    private SimulatorProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts {@code java -jar <runner jar> --port 0 --host 127.0.0.1} and waits for its banner line. */
    static SimulatorProcess start() throws IOException {
        Path jar = runnerJar();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // a long token lifetime: no refresh in the middle of a measurement
        Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar.toString(), "--port", "0", "--host",
                "127.0.0.1", "--token-ttl", "PT12H")).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> {
                }), "simulator-output");
                drain.setDaemon(true);
                drain.start();
                return new SimulatorProcess(process, m.group(1));
            }
        }
        throw new IllegalStateException("the simulator " + jar + " exited with status " + process.exitValue()
                + " before it listened");
    }

    /** The runner jar: system property {@code benchmark.simulator.jar}, else found under {@code mock-server/target}. */
    private static Path runnerJar() throws IOException {
        String configured = System.getProperty("benchmark.simulator.jar");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path target : List.of(Path.of("mock-server", "target"), Path.of("..", "mock-server", "target"))) {
            if (Files.isDirectory(target)) {
                try (Stream<Path> files = Files.list(target)) {
                    var jar = files.filter(p -> p.getFileName().toString().endsWith("-runner.jar")).findFirst();
                    if (jar.isPresent()) {
                        return jar.get();
                    }
                }
            }
        }
        throw new IllegalStateException("no simulator runner jar: build mock-server first (./mvnw -B -pl benchmarks -am package"
                + " -DskipTests) or set -Dbenchmark.simulator.jar");
    }

    String baseUrl() {
        return baseUrl;
    }

    /** The CPU time the simulator process has used so far. */
    Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
