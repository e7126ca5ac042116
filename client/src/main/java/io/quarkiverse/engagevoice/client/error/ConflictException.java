package io.quarkiverse.engagevoice.client.error;

/** 409 Conflict. */
public class ConflictException extends EngageVoiceException {

    public ConflictException(ErrorDetails details) {
        super(details);
    }
}
