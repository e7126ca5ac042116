package io.quarkiverse.engagevoice.client.error;

/** 401 Unauthorized: the credential is missing, wrong or expired (after the one renewal the client tries). */
public class UnauthorizedException extends EngageVoiceException {

    public UnauthorizedException(ErrorDetails details) {
        super(details);
    }
}
