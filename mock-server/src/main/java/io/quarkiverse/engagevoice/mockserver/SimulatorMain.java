package io.quarkiverse.engagevoice.mockserver;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

import io.quarkiverse.engagevoice.mockserver.internal.cli.Banner;
import io.quarkiverse.engagevoice.mockserver.internal.cli.CommandLine;

/**
 * {@code java -jar engage-voice-mock-server-<version>-runner.jar [--port N] [--host H] [--legacy]
 * [--token-ttl 5m|300s|PT5M]}: starts the simulator, prints one banner line with its URL and the demo credentials,
 * and runs until the process is stopped. A bad option exits with status 2 and a message naming it.
 */
public final class SimulatorMain {

    /** Exit status for a command line that cannot be run. */
    public static final int USAGE_ERROR = 2;

    private SimulatorMain() {
    }

    /** What {@link #launch} did: a running simulator, or nothing to run and the exit status. */
    record Launch(EngageVoiceSimulator simulator, int exitStatus) {
    }

    public static void main(String[] args) throws InterruptedException {
        Launch launch = launch(args, System.out, System.err);
        if (launch.simulator() == null) {
            System.exit(launch.exitStatus());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(launch.simulator()::close, "engage-voice-simulator-stop"));
        new CountDownLatch(1).await();
    }

    /** Starts the simulator the arguments describe and prints the banner, or prints usage or an error. */
    static Launch launch(String[] args, PrintStream out, PrintStream err) {
        CommandLine.Options options;
        try {
            options = CommandLine.parse(Arrays.asList(args));
        } catch (CommandLine.UsageException e) {
            err.println("engage-voice-mock-server: " + e.getMessage());
            err.println(CommandLine.USAGE);
            return new Launch(null, USAGE_ERROR);
        }
        if (options.help()) {
            out.println(CommandLine.USAGE);
            return new Launch(null, 0);
        }
        EngageVoiceSimulator simulator = EngageVoiceSimulator.builder()
                .port(options.port())
                .host(options.host())
                .legacy(options.legacy())
                .tokenTtl(options.tokenTtl())
                .start();
        out.println(Banner.line(simulator.legacy(), simulator.baseUrl(), simulator.apiRoot()));
        out.flush();
        return new Launch(simulator, 0);
    }
}
