package io.quarkiverse.engagevoice.client.error;

/** 400 Bad Request, with the server's validation errors. */
public class InvalidRequestException extends EngageVoiceException {

    public InvalidRequestException(ErrorDetails details) {
        super(details);
    }
}
