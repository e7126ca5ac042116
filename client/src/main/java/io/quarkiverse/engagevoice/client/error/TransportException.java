package io.quarkiverse.engagevoice.client.error;

/**
 * An API call got no answer: the connection was refused or could not be made, it was lost or reset, a read timed
 * out, the call's deadline passed, or the client's circuit breaker was open. {@link #status()} is {@code 0}. The
 * message names the operation, its path template and what happened, and never holds a header, query value or token;
 * {@link #mayHaveReachedServer()} says whether the server may have acted on the request (a {@code POST} that timed
 * out may have created something).
 */
public class TransportException extends EngageVoiceException {

    /** What went wrong. */
    public enum Failure {
        /** No connection could be made (refused, unreachable, connect timeout): nothing was sent. */
        CONNECT_FAILED(false),
        /** The connection was reset or closed before the whole answer arrived. */
        CONNECTION_LOST(true),
        /** The server did not answer within the read timeout. */
        READ_TIMED_OUT(true),
        /** The call's deadline (the resilience policy's timeout) passed, retries and waits included. */
        DEADLINE_EXCEEDED(true),
        /** The client's circuit breaker is open after repeated failures: nothing was sent. */
        CIRCUIT_OPEN(false),
        /** Another input/output failure. */
        OTHER(true);

        private final boolean mayHaveReachedServer;

        Failure(boolean mayHaveReachedServer) {
            this.mayHaveReachedServer = mayHaveReachedServer;
        }
    }

    private final Failure failure;

    /**
     * @param operation such as {@code AgentGroupsApi.get}
     * @param request the method and path template, such as {@code GET /v1/admin/accounts/{accountId}}
     * @param what what happened, in words that hold no secret (no URI, no header)
     */
    public TransportException(Failure failure, String operation, String request, String what) {
        super(ErrorDetails.builder(0, operation, request).reason(failure.name()).build(),
                operation + " (" + request + ") got no answer: " + what
                        + (failure.mayHaveReachedServer ? "; the server may have received the request"
                                : "; the request was not sent"),
                null);
        this.failure = failure;
    }

    public Failure failure() {
        return failure;
    }

    /** Whether the server may have received and acted on the request. */
    public boolean mayHaveReachedServer() {
        return failure.mayHaveReachedServer;
    }

    /** The operation is named when the exception is made. */
    @Override
    public EngageVoiceException forOperation(String name, String template) {
        return this;
    }
}
