package io.quarkiverse.engagevoice.client.internal;

import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;

import io.quarkiverse.engagevoice.client.auth.AccessCredential;
import io.quarkiverse.engagevoice.client.error.EngageVoiceException;
import io.quarkiverse.engagevoice.client.error.ErrorDetails;
import io.quarkiverse.engagevoice.client.error.TransportException;
import io.quarkiverse.engagevoice.client.error.UnexpectedResponseException;

/**
 * The client's exception for what a Rest Client threw during one request: an API error named after its operation,
 * with the credential the request carried masked wherever the server echoed it; a {@link TransportException}; or an
 * {@link UnexpectedResponseException} for a success body that could not be read.
 */
final class Failures {

    private Failures() {
    }

    static Exception of(Throwable thrown, Operations.Operation op, AccessCredential credential) {
        EngageVoiceException api = find(thrown, EngageVoiceException.class);
        if (api != null) {
            EngageVoiceException named = api.forOperation(op.name(), op.request());
            return credential == null ? named : named.masking(credential.token());
        }
        JacksonException json = find(thrown, JacksonException.class);
        if (json != null) {
            // the parser's message may quote the body, which may echo a secret: name the type only
            return new UnexpectedResponseException(ErrorDetails.builder(200, op.name(), op.request()).build(),
                    "with a body that could not be read as the declared type (" + json.getClass().getSimpleName() + ")");
        }
        Optional<TransportException> transport = TransportFailures.of(thrown, op);
        if (transport.isPresent()) {
            return transport.get();
        }
        if (thrown instanceof Exception e) {
            return e;
        }
        throw (Error) thrown;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        Throwable c = t;
        for (int depth = 0; c != null && depth < 10; depth++) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            c = c.getCause() == c ? null : c.getCause();
        }
        return null;
    }
}
