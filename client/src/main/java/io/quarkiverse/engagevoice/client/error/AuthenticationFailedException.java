package io.quarkiverse.engagevoice.client.error;

import java.util.List;
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

    /**
     * @param flow the authentication flow, such as {@code RingCentral JWT}
     * @param step the failed step, such as {@code token exchange}
     * @param request the method and path of the step, such as {@code POST /api/auth/login/rc/accesstoken}; may be
     *        {@code null} when the step is not an HTTP call
     * @param status the HTTP status, or {@code 0} when there was no answer
     * @param reason the status's reason phrase, or {@code null}
     * @param serverMessage what the server said, already masked, or {@code null}
     * @param body the error body, already masked, or {@code null}
     * @param retryAfterSeconds how long to wait before trying again, or -1 when unknown
     * @param problem a description of a failure that is not an HTTP status (no answer, an unusable answer), or
     *        {@code null}
     * @param cause the cause, already freed of secrets, or {@code null}
     */
    public AuthenticationFailedException(String flow, String step, String request, int status, String reason,
            String serverMessage, String body, long retryAfterSeconds, String problem, Throwable cause) {
        super(new ErrorDetails(status, reason, flow + " " + step, request == null ? step : request, null, serverMessage,
                null, request == null ? step : request, null, List.of(), retryAfterSeconds, body),
                describe(flow, step, request, status, reason, serverMessage, problem), cause);
        this.flow = flow;
        this.step = step;
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
    public Optional<java.time.Duration> retryAfter() {
        long s = details().retryAfterSeconds();
        return s < 0 ? Optional.empty() : Optional.of(java.time.Duration.ofSeconds(s));
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
}
