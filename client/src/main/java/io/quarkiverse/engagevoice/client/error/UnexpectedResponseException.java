package io.quarkiverse.engagevoice.client.error;

/**
 * An API call was answered with a success status but not with what the operation declares: no body (an empty
 * {@code 200}, or a {@code 204}) where a model was expected, or a {@code 200} whose body is the API's error shape
 * ({@code {errorCode, errorMessage}}). {@link #errorCode()} and {@link #serverMessage()} hold what such a body said.
 */
public class UnexpectedResponseException extends EngageVoiceException {

    private final String problem;

    public UnexpectedResponseException(ErrorDetails details, String problem) {
        super(details, details.operation() + " (" + details.request() + ") answered " + details.status() + " " + problem,
                null);
        this.problem = problem;
    }

    @Override
    protected EngageVoiceException withDetails(ErrorDetails other) {
        String masked = problem;
        for (String said : new String[] { details().serverMessage(), details().errorCode() }) {
            if (said != null && !said.isEmpty()) {
                String replacement = said.equals(details().serverMessage()) ? other.serverMessage() : other.errorCode();
                masked = masked.replace(said, replacement == null ? "" : replacement);
            }
        }
        return new UnexpectedResponseException(other, masked);
    }

    @Override
    public EngageVoiceException forOperation(String name, String template) {
        return this;
    }
}
