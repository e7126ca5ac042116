package io.quarkiverse.engagevoice.client;

/**
 * A setting of the client has a value it cannot work with. The message names the setting and says why; it
 * repeats the value only for settings that are not secret.
 */
public class InvalidSettingException extends IllegalArgumentException {

    private final String setting;

    public InvalidSettingException(String setting, String message) {
        super(setting + ": " + message);
        this.setting = setting;
    }

    /** The name of the setting, as the caller knows it (a builder method or a configuration property). */
    public String setting() {
        return setting;
    }
}
