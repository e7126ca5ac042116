package io.quarkiverse.engagevoice.mockserver.internal.cli;

import java.time.Duration;
import java.util.List;

/**
 * The options of the standalone simulator: {@code [--port N] [--host H] [--legacy] [--token-ttl 5m|300s|PT5M]
 * [--help]}; values may also be written {@code --port=N}.
 */
public final class CommandLine {

    public static final String USAGE = "usage: java -jar engage-voice-mock-server-runner.jar"
            + " [--port N] [--host ADDRESS] [--legacy] [--token-ttl 5m|300s|PT5M] [--help]";

    /** What the command line asks for. */
    public record Options(int port, String host, boolean legacy, Duration tokenTtl, boolean help) {
    }

    /** A command line that cannot be run; the message names the option and the value. */
    public static final class UsageException extends Exception {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    private CommandLine() {
    }

    public static Options parse(List<String> args) throws UsageException {
        int port = 0;
        String host = "127.0.0.1";
        boolean legacy = false;
        Duration tokenTtl = Duration.ofMinutes(5);
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inlineValue = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--help", "-h" -> help = true;
                case "--legacy" -> {
                    if (inlineValue != null) {
                        throw new UsageException("option --legacy takes no value, got '" + inlineValue + "'");
                    }
                    legacy = true;
                }
                case "--port", "--host", "--token-ttl" -> {
                    String value = inlineValue;
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException("option " + name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    switch (name) {
                        case "--port" -> port = port(value);
                        case "--host" -> host = host(value);
                        default -> tokenTtl = tokenTtl(value);
                    }
                }
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
        }
        return new Options(port, host, legacy, tokenTtl, help);
    }

    private static int port(String value) throws UsageException {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("invalid value '" + value + "' for --port: expected a port number 0-65535"
                + " (0 picks a free port)");
    }

    private static String host(String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException("invalid value '" + value + "' for --host: expected an address to listen on");
        }
        return value.trim();
    }

    private static Duration tokenTtl(String value) throws UsageException {
        try {
            return DurationArgument.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("invalid value '" + value + "' for --token-ttl: " + e.getMessage());
        }
    }
}
