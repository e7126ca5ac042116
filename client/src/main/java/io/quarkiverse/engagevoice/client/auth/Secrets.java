package io.quarkiverse.engagevoice.client.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Keeps secrets out of messages: masks them in text, and replaces exception chains by masked copies. */
final class Secrets {

    static final String MASK = "***";

    private Secrets() {
    }

    /** {@code text} with every secret (as is and URL-encoded) replaced by {@code ***}. */
    static String mask(String text, Collection<String> secrets) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String s : secrets) {
            if (s == null || s.length() < 3) {
                continue;
            }
            out = out.replace(s, MASK);
            String encoded = URLEncoder.encode(s, StandardCharsets.UTF_8);
            if (!encoded.equals(s)) {
                out = out.replace(encoded, MASK);
            }
        }
        return out;
    }

    /**
     * A copy of the exception chain whose messages are masked, each link keeping its original class name in the
     * message and its stack trace: safe to attach as a cause.
     */
    static Throwable sanitize(Throwable t, Collection<String> secrets) {
        return sanitize(t, secrets, 0);
    }

    private static Throwable sanitize(Throwable t, Collection<String> secrets, int depth) {
        if (t == null || depth > 8) {
            return null;
        }
        String message = t.getMessage();
        MaskedCause copy = new MaskedCause(t.getClass().getName() + (message == null ? "" : ": " + mask(message, secrets)),
                sanitize(t.getCause() == t ? null : t.getCause(), secrets, depth + 1));
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }

    /** The exception inside the usual wrappers of asynchronous code. */
    static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    static List<String> of(String... values) {
        List<String> out = new ArrayList<>(values.length);
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }

    /** An exception whose message has been masked; its message starts with the original exception's class. */
    static final class MaskedCause extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MaskedCause(String message, Throwable cause) {
            super(message, cause, false, true);
        }

        @Override
        public String toString() {
            return getLocalizedMessage();
        }
    }
}
