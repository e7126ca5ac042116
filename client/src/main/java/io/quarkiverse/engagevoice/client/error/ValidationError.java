package io.quarkiverse.engagevoice.client.error;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One entry of a 400 answer's {@code validationErrors}.
 *
 * @param attributeName the property that failed validation
 * @param message why it failed
 * @param value the rejected value, as the server echoed it (left out of {@link #toString()}: it may be a secret)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ValidationError(String attributeName, String message, String value) {

    @Override
    public String toString() {
        return (attributeName == null ? "" : attributeName + ": ") + (message == null ? "invalid" : message);
    }
}
