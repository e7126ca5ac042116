package io.quarkiverse.engagevoice.client.error;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The client could not obtain a credential: a login, token exchange or token refresh failed, was refused by the
 * server, or could not be attempted. The message names the flow, the step, its request (method and path, never the
 * query) and the status, and never holds a token, password, JWT, client secret or refresh token; a server message
 * that echoes one of them is masked.
 * <p>
 * Unlike {@link UnauthorizedException} (an API call was refused), this means that no request was replayed with new
 * credentials: authentication calls are never replayed.
 */
public class AuthenticationFailedException extends EngageVoiceException {

    private final String flow;
    private final String step;

    /** Made by {@link Builder#build()} or, throttled, {@link Builder#throttled()}. */
    protected AuthenticationFailedException(Builder b) {
        super(ErrorDetails.builder(b.status, b.flow + " " + b.step, b.request == null ? b.step : b.request)
                .reason(b.reason).serverMessage(b.serverMessage).retryAfterSeconds(b.retryAfterSeconds).body(b.body)
                .build(), describe(b.flow, b.step, b.request, b.status, b.reason, b.serverMessage, b.problem), b.cause);
        this.flow = b.flow;
        this.step = b.step;
    }

    /**
     * Describes a failure of {@code step} of {@code flow}; every other part is optional.
     *
     * @param flow the authentication flow, such as {@code RingCentral JWT}
     * @param step the failed step, such as {@code token exchange}
     */
    public static Builder builder(String flow, String step) {
        return new Builder(flow, step);
    }

    /** The authentication flow, such as {@code RingCentral JWT}, {@code Engage login} or {@code legacy login}. */
    public String flow() {
        return flow;
    }

    /** The failed step, such as {@code RingCentral JWT grant}, {@code token exchange} or {@code token refresh}. */
    public String step() {
        return step;
    }

    /** Whether the server answered at all; {@code false} for a transport failure or a step that was not attempted. */
    public boolean answered() {
        return status() > 0;
    }

    /** How long to wait before the next attempt can succeed, when known. */
    public Optional<Duration> retryAfter() {
        long s = details().retryAfterSeconds();
        return s < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(s));
    }

    private static String describe(String flow, String step, String request, int status, String reason,
            String serverMessage, String problem) {
        StringBuilder b = new StringBuilder("Engage Voice authentication failed (").append(flow).append("): ")
                .append(step);
        if (request != null) {
            b.append(" (").append(request).append(')');
        }
        if (status > 0) {
            b.append(" answered ").append(status);
            if (reason != null && !reason.isBlank()) {
                b.append(' ').append(reason);
            }
            if (serverMessage != null && !serverMessage.isBlank()) {
                b.append(": ").append(serverMessage.strip());
            }
        }
        if (problem != null && !problem.isBlank()) {
            b.append(status > 0 ? "; " : ": ").append(problem);
        }
        return b.toString();
    }

    /** The parts of an authentication failure; all but the flow and the step are optional. */
    public static final class Builder {
        private final String flow;
        private final String step;
        private String request;
        private int status;
        private String reason;
        private String serverMessage;
        private String body;
        private long retryAfterSeconds = -1;
        private String problem;
        private Throwable cause;

        private Builder(String flow, String step) {
            this.flow = Objects.requireNonNull(flow, "flow");
            this.step = Objects.requireNonNull(step, "step");
        }

        /** The method and path of the step, such as {@code POST /api/auth/login/rc/accesstoken}; never the query. */
        public Builder request(String request) {
            this.request = request;
            return this;
        }

        /** The HTTP status and its reason phrase (or {@code null}); none when there was no answer. */
        public Builder status(int status, String reason) {
            this.status = status;
            this.reason = reason;
            return this;
        }

        /** What the server said, already masked. */
        public Builder serverMessage(String serverMessage) {
            this.serverMessage = serverMessage;
            return this;
        }

        /** The error body, already masked. */
        public Builder body(String body) {
            this.body = body;
            return this;
        }

        /** How long to wait before trying again; -1 (the default) when unknown. */
        public Builder retryAfterSeconds(long seconds) {
            this.retryAfterSeconds = seconds;
            return this;
        }

        /** A failure that is not an HTTP status (no answer, an unusable answer, a limit). */
        public Builder problem(String problem) {
            this.problem = problem;
            return this;
        }

        /** The cause, already freed of secrets. */
        public Builder cause(Throwable cause) {
            this.cause = cause;
            return this;
        }

        public AuthenticationFailedException build() {
            return new AuthenticationFailedException(this);
        }

        /** The failure as an {@link AuthenticationThrottledException}: a rate limit held the step back or refused it. */
        public AuthenticationThrottledException throttled() {
            return new AuthenticationThrottledException(this);
        }
    }
}
