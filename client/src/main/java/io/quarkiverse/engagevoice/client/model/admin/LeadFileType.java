package io.quarkiverse.engagevoice.client.model.admin;

/** The format of an uploaded lead file ({@code fileType}). */
public enum LeadFileType {
    /** An Excel workbook: each sheet is a page. */
    EXCEL,
    /** Values separated by {@code |}. */
    PIPE,
    /** Values separated by commas (CSV). */
    COMMA,
    /** Values separated by tabs. */
    TAB
}
