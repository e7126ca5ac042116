package io.quarkiverse.engagevoice.client.error;

/** 5xx: the server failed. */
public class ServiceErrorException extends EngageVoiceException {

    public ServiceErrorException(ErrorDetails details) {
        super(details);
    }
}
