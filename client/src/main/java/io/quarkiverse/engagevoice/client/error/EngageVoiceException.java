package io.quarkiverse.engagevoice.client.error;

import java.util.List;
import java.util.Optional;

/**
 * An Engage Voice API call answered with an error status. Subclasses name the common statuses; the fields hold
 * what the server said in whichever of its three error shapes it used. Messages name the operation and its path
 * template, never a token, header value or query value.
 */
public class EngageVoiceException extends RuntimeException {

    private final ErrorDetails details;

    public EngageVoiceException(ErrorDetails details) {
        super(details.describe());
        this.details = details;
    }

    /**
     * For failures that are not one answer of an API operation (authentication, for example): the message is given,
     * and must not hold a secret.
     */
    protected EngageVoiceException(ErrorDetails details, String message, Throwable cause) {
        super(message, cause);
        this.details = details;
    }

    /** The HTTP status code. */
    public int status() {
        return details.status();
    }

    /** The server's {@code errorCode}, when it sent one. */
    public Optional<String> errorCode() {
        return Optional.ofNullable(details.errorCode());
    }

    /** The server's {@code generalMessage} or {@code message} or plain-text body. */
    public Optional<String> serverMessage() {
        return Optional.ofNullable(details.serverMessage());
    }

    /** The server's {@code details}, when it sent them. */
    public Optional<String> serverDetails() {
        return Optional.ofNullable(details.serverDetails());
    }

    /** The request URI the server reported, else the operation's path template. */
    public String requestUri() {
        return details.requestUri();
    }

    /** The server's {@code timestamp}, as sent. */
    public Optional<String> timestamp() {
        return Optional.ofNullable(details.timestamp());
    }

    /** The operation that failed, such as {@code AgentGroupsApi.get}. */
    public String operation() {
        return details.operation();
    }

    /** The server's {@code validationErrors}, empty when none. */
    public List<ValidationError> validationErrors() {
        return details.validationErrors();
    }

    /**
     * This failure named after its operation, when it was raised before the operation was known (by the exception
     * mapper, which sees only the response); otherwise this exception itself.
     */
    public EngageVoiceException forOperation(String name, String template) {
        if (!details.operationUnknown()) {
            return this;
        }
        EngageVoiceException named = ErrorResponseMapper.of(details.forOperation(name, template));
        named.setStackTrace(getStackTrace());
        return named;
    }

    /**
     * This failure with every occurrence of {@code secret} (the credential the request carried) masked in what the
     * server said, for servers that echo it; this exception itself when it holds none.
     */
    public EngageVoiceException masking(String secret) {
        if (secret == null || secret.isEmpty() || !details.mentions(secret)) {
            return this;
        }
        EngageVoiceException masked = withDetails(details.masking(secret));
        masked.setStackTrace(getStackTrace());
        return masked;
    }

    /** An exception of this one's type for other details. */
    protected EngageVoiceException withDetails(ErrorDetails other) {
        return ErrorResponseMapper.of(other);
    }

    /** Everything known of the failure. */
    public ErrorDetails details() {
        return details;
    }

    /** The raw error body, as received. */
    public String body() {
        return details.body();
    }
}
