package io.quarkiverse.engagevoice.fleet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Separate JVMs running {@link FleetInstance} on this test's class path, and what they print: the test waits on
 * their lines (no sleeping), starts them together and reads their totals.
 */
final class Fleet implements AutoCloseable {

    private static final Pattern FIELD = Pattern.compile("(\\w+)=(\\S+)");

    /** A line an instance printed. */
    record Line(int instance, String text) {
        boolean is(String kind) {
            return text.equals(kind) || text.startsWith(kind + " ");
        }

        long number(String field) {
            return Long.parseLong(fields().get(field));
        }

        String field(String field) {
            return fields().get(field);
        }

        Map<String, String> fields() {
            Matcher m = FIELD.matcher(text);
            Map<String, String> out = new LinkedHashMap<>();
            while (m.find()) {
                out.put(m.group(1), m.group(2));
            }
            return out;
        }
    }

    /** One JVM. */
    final class Instance {
        final int number;
        final Process process;
        final Writer stdin;
        final List<Line> lines = new CopyOnWriteArrayList<>();
        volatile Line lastStatus;
        volatile Line done;

        Instance(int number, Process process) {
            this.number = number;
            this.process = process;
            this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(this::read, "fleet-instance-" + number);
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String text; (text = out.readLine()) != null;) {
                    Line line = new Line(number, text);
                    lines.add(line);
                    if (line.is("STATUS")) {
                        lastStatus = line;
                    } else if (line.is("DONE")) {
                        done = line;
                    }
                    events.add(line);
                }
            } catch (IOException e) {
                // the process was killed
            }
            events.add(new Line(number, "EXITED"));
        }

        void send(String command) {
            try {
                stdin.write(command + "\n");
                stdin.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Kills the JVM at once, as a crash would. */
        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        List<String> failures() {
            return lines.stream().filter(l -> l.is("FAIL")).map(Line::text).toList();
        }
    }

    private final BlockingQueue<Line> events = new LinkedBlockingQueue<>();
    private final List<Instance> instances = new ArrayList<>();

    /** Starts {@code count} JVMs and returns once each printed READY; none makes a call before {@link #go()}. */
    Fleet(int count, String simulator, String redis, String key, long seconds, Duration lease, Duration skew)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < count; i++) {
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                    "-cp", System.getProperty("java.class.path"), FleetInstance.class.getName(), simulator, redis, key,
                    Long.toString(seconds), Long.toString(lease.toMillis()), Long.toString(skew.toMillis()))
                    .redirectErrorStream(true);
            instances.add(new Instance(i, pb.start()));
        }
        try {
            for (int ready = 0; ready < count;) {
                Line line = next(Duration.ofSeconds(60));
                if (line.is("EXITED")) {
                    throw new IllegalStateException("instance " + line.instance() + " exited before READY:\n"
                            + instances.get(line.instance()).lines.stream().map(Line::text)
                                    .collect(Collectors.joining("\n")));
                }
                ready += line.is("READY") ? 1 : 0;
            }
        } catch (RuntimeException | InterruptedException e) {
            close(); // the caller never gets this fleet to close
            throw e;
        }
    }

    /** All start calling at once. */
    void go() {
        instances.forEach(i -> i.send("GO"));
    }

    List<Instance> instances() {
        return instances;
    }

    /** The next line any instance prints, waiting at most {@code max}. */
    Line next(Duration max) throws InterruptedException {
        Line line = events.poll(max.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new IllegalStateException("no instance printed anything for " + max + "; so far:\n" + transcript());
        }
        return line;
    }

    /** Waits for a line that matches, at most {@code max}, and returns it. */
    Line await(Predicate<Line> match, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("no matching line within " + max);
            }
            Line line = next(Duration.ofNanos(left));
            if (match.test(line)) {
                return line;
            }
        }
    }

    /** Waits until every live instance reported a status that matches. */
    void awaitEveryStatus(Predicate<Line> match, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!instances.stream().filter(i -> i.process.isAlive())
                .allMatch(i -> i.lastStatus != null && match.test(i.lastStatus))) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("not every instance reached the state within " + max);
            }
            next(Duration.ofNanos(left));
        }
    }

    /** Asks every live instance to stop, and waits for all to print DONE and exit. */
    List<Line> stopAll(Duration max) throws InterruptedException {
        instances.stream().filter(i -> i.process.isAlive()).forEach(i -> i.send("STOP"));
        return awaitDone(max);
    }

    /** Waits for every live instance to finish by itself; returns their DONE lines. */
    List<Line> awaitDone(Duration max) throws InterruptedException {
        List<Line> done = new ArrayList<>();
        for (Instance i : instances) {
            if (i.done == null && !i.process.waitFor(max.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("instance " + i.number + " did not finish within " + max);
            }
            i.process.waitFor(10, TimeUnit.SECONDS);
            if (i.done != null) {
                done.add(i.done);
            }
        }
        return done;
    }

    /** What every instance printed, for failure messages. */
    String transcript() {
        StringBuilder b = new StringBuilder();
        for (Instance i : instances) {
            b.append("instance ").append(i.number).append(i.process.isAlive() ? " (running)" : " (exited)").append(":\n");
            i.lines.stream().limit(40).forEach(l -> b.append("  ").append(l.text()).append('\n'));
        }
        return b.toString();
    }

    @Override
    public void close() throws InterruptedException {
        for (Instance i : instances) {
            if (i.process.isAlive()) {
                i.kill();
            }
        }
    }
}
