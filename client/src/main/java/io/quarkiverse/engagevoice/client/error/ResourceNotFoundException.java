package io.quarkiverse.engagevoice.client.error;

/** 404 Not Found. */
public class ResourceNotFoundException extends EngageVoiceException {

    public ResourceNotFoundException(ErrorDetails details) {
        super(details);
    }
}
