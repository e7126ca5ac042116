package io.quarkiverse.engagevoice.deployment.invalid;

/** Reads a startup failure as a user sees it: every message of the cause chain. */
final class StartupFailures {

    private StartupFailures() {
    }

    static String messages(Throwable failure) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            b.append(t.getMessage()).append('\n');
            for (Throwable s : t.getSuppressed()) {
                b.append(messages(s));
            }
        }
        return b.toString();
    }
}
