package io.quarkiverse.engagevoice.client.model.numbers;

/** The delimiter of an uploaded file of pool records: the {@code fileType} query parameter of the upload. */
public enum DnisFileType {
    /** Comma-separated values. */
    COMMA
}
