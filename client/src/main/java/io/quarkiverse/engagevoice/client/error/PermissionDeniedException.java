package io.quarkiverse.engagevoice.client.error;

/** 403 Forbidden: the credential is valid but may not do this. */
public class PermissionDeniedException extends EngageVoiceException {

    public PermissionDeniedException(ErrorDetails details) {
        super(details);
    }
}
