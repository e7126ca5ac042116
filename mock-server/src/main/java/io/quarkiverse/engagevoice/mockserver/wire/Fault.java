package io.quarkiverse.engagevoice.mockserver.wire;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A scripted misbehaviour for the next {@link #times()} requests that match {@link #method()} and
 * {@link #pathPattern()}. Faults are checked in the order they were added; the first one that matches and is not
 * used up applies, and each application counts one use.
 *
 * <p>
 * What happens to a matching request: first the {@link #latency()} (if any) passes, then either the connection is
 * closed without an answer ({@link #dropConnection()}), or the answer is {@link #status()} with the optional
 * {@code Retry-After} header and body, or (status {@code 0} and no drop) the request is handled normally, late.
 *
 * @param method the effective (tunnelled) method to match, or {@code null}/{@code "*"} for any
 * @param pathPattern matched against the raw request path (no query). A glob by default: {@code *} matches any run
 *        of characters, {@code /} included, and {@code ?} one character, so
 *        {@code /voice/api/v1/admin/accounts/*&#47;agentGroups*} matches the agent-group list, one group and its
 *        agents. With the prefix {@code regex:} the rest is a Java regular expression that must match the whole
 *        path.
 * @param status the status to answer, or {@code 0} to let the request through after the latency
 * @param retryAfter the {@code Retry-After} header value, or {@code null}
 * @param body the body to answer, or {@code null} for none
 * @param contentType the {@code Content-Type} of that body; {@code text/plain} when a body has none
 * @param latency a delay before anything happens; {@link Duration#ZERO} for none
 * @param dropConnection close the connection without answering
 * @param times how many matching requests the fault applies to (at least 1)
 */
public record Fault(
        String method,
        String pathPattern,
        int status,
        String retryAfter,
        String body,
        String contentType,
        Duration latency,
        boolean dropConnection,
        int times) {

    public Fault {
        Objects.requireNonNull(pathPattern, "pathPattern");
        latency = latency == null ? Duration.ZERO : latency;
        method = method == null || method.isBlank() || method.equals("*") ? null : method.toUpperCase(Locale.ROOT);
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + latency);
        }
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + times);
        }
        if (status != 0 && (status < 100 || status > 599)) {
            throw new IllegalArgumentException("status must be 0 (pass through) or 100..599: " + status);
        }
        if (status == 0 && !dropConnection && latency.isZero()) {
            throw new IllegalArgumentException("a fault needs a status, a latency or dropConnection");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Fault}; only {@code pathPattern} and one effect (status, latency or drop) are required. */
    public static final class Builder {
        private String method;
        private String pathPattern;
        private int status;
        private String retryAfter;
        private String body;
        private String contentType;
        private Duration latency = Duration.ZERO;
        private boolean dropConnection;
        private int times = 1;

        private Builder() {
        }

        public Builder method(String method) {
            this.method = method;
            return this;
        }

        public Builder pathPattern(String pathPattern) {
            this.pathPattern = pathPattern;
            return this;
        }

        public Builder status(int status) {
            this.status = status;
            return this;
        }

        public Builder retryAfter(String retryAfter) {
            this.retryAfter = retryAfter;
            return this;
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        public Builder body(String body, String contentType) {
            this.body = body;
            this.contentType = contentType;
            return this;
        }

        public Builder contentType(String contentType) {
            this.contentType = contentType;
            return this;
        }

        public Builder latency(Duration latency) {
            this.latency = latency;
            return this;
        }

        public Builder dropConnection(boolean dropConnection) {
            this.dropConnection = dropConnection;
            return this;
        }

        public Builder times(int times) {
            this.times = times;
            return this;
        }

        public Fault build() {
            return new Fault(method, pathPattern, status, retryAfter, body, contentType, latency, dropConnection,
                    times);
        }
    }
}
