package io.quarkiverse.engagevoice.jakartaee;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * An application server started by a test as a child process on 127.0.0.1, its output in a log file; stopped with
 * every process it started.
 */
final class ServerProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(5);

    private final String name;
    private final Process process;
    private final Path log;
    private final URI application;

    private ServerProcess(String name, Process process, Path log, URI application) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.application = application;
    }

    /** How a server is launched on a given HTTP port: its command line and the application's URI. */
    interface Launch {
        List<String> command(int httpPort);

        URI application(int httpPort);
    }

    /** A port picked free was taken by another process before the server bound it. */
    private static final class PortTaken extends RuntimeException {
        PortTaken(String message) {
            super(message);
        }
    }

    /**
     * Starts the server and waits until the application answers its first check, or the server reports that the
     * deployment failed ({@code failure} says so, with the reason), or the process ends. A free port is only free
     * until someone takes it, and other builds run beside this one: when another process took one of the server's
     * ports first (found by the answer or the log), the server is started again on new ports, at most three times.
     */
    static ServerProcess start(String name, Launch launch, Path workDir, Supplier<String> failure) {
        for (int attempt = 1;; attempt++) {
            int http = freePort();
            try {
                Files.createDirectories(workDir);
                Path log = workDir.resolve("server.log.txt");
                ProcessBuilder builder = new ProcessBuilder(launch.command(http)).directory(workDir.toFile())
                        .redirectErrorStream(true).redirectOutput(log.toFile());
                builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
                builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
                ServerProcess server = new ServerProcess(name, builder.start(), log, launch.application(http));
                server.awaitApplication(failure);
                return server;
            } catch (PortTaken e) {
                if (attempt == 3) {
                    throw e;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void awaitApplication(Supplier<String> failure) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ping = HttpRequest.newBuilder(application.resolve("checks/user-agent")).timeout(Duration.ofSeconds(30))
                .build();
        try {
            await(name + " serving " + application).atMost(STARTUP).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptionsMatching(e -> e instanceof IOException)
                    .until(() -> {
                        String failed = failure.get();
                        if (log().contains("Address already in use")) {
                            throw new PortTaken(name + " could not bind a port another process took");
                        }
                        if (failed != null || !process.isAlive()) {
                            throw new IllegalStateException(name + " did not deploy the application: "
                                    + (failed != null ? failed : "the server exited with " + process.exitValue())
                                    + "\n--- end of the server's log ---\n" + logTail());
                        }
                        HttpResponse<String> answer = http.send(ping, HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() == 200 && !answer.body().contains("engage-voice-client/")) {
                            throw new PortTaken(application + " is answered by another process: " + answer.body());
                        }
                        return answer.statusCode() == 200;
                    });
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    URI application() {
        return application;
    }

    String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String logTail() {
        String all = log();
        return all.length() > 6000 ? all.substring(all.length() - 6000) : all;
    }

    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle child : children) {
                child.onExit().get(60, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** A port free on 127.0.0.1 right now, for a server that cannot be told to take port 0. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path requiredPath(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.exists(Path.of(value))) {
            throw new IllegalStateException("system property " + property + " must name an existing file (set by the"
                    + " build: run through ./mvnw verify), was " + value);
        }
        return Path.of(value);
    }
}
