package io.quarkiverse.engagevoice.fleet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code redis-server} (Debian's package) on 127.0.0.1 and a free port, without persistence, so that a
 * restart starts empty. It can be stopped and started again on the same port.
 */
final class RedisServer implements AutoCloseable {

    private final Path binary;
    private final int port;
    private Process process;

    private RedisServer(Path binary, int port) {
        this.binary = binary;
        this.port = port;
    }

    /**
     * Starts a server on a port free right now. redis-server cannot be told to take port 0, so another process may
     * take the port before it binds: then it is started again on another port, at most three times.
     */
    static RedisServer start() {
        Path binary = binary();
        for (int attempt = 1;; attempt++) {
            RedisServer server = new RedisServer(binary, freePort());
            try {
                server.startAgain();
                return server;
            } catch (PortTaken e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Another process holds the port. */
    static final class PortTaken extends IllegalStateException {
        PortTaken(String message) {
            super(message);
        }
    }

    int port() {
        return port;
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    /**
     * Starts the server on its port and returns once it accepts connections; {@link PortTaken} when another process
     * holds the port.
     */
    void startAgain() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("redis-server is running");
        }
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--port", Integer.toString(port), "--bind",
                "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "notice"));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = out.readLine()) != null) {
                seen.append(line).append('\n');
                if (line.contains("Address already in use")) {
                    process.destroy();
                    process = null;
                    throw new PortTaken("redis-server could not bind 127.0.0.1:" + port + ", another process holds it");
                }
                if (line.contains("Ready to accept connections")) {
                    Thread drain = new Thread(() -> out.lines().forEach(l -> {
                    }), "redis-server-output");
                    drain.setDaemon(true);
                    drain.start();
                    return;
                }
            }
            throw new IllegalStateException("redis-server did not start:\n" + seen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server (its data is gone: no persistence). */
    void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    private static Path binary() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "redis-server");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        Path debian = Path.of("/usr/bin/redis-server");
        if (Files.isExecutable(debian)) {
            return debian;
        }
        throw new IllegalStateException("redis-server not found on the PATH: the fleet tests need a real Redis"
                + " (Debian: apt-get install -y redis-server)");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
