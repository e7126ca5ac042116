package io.quarkiverse.engagevoice.client.model.reporting;

/** The report types whose criteria template the API gives, as it names them. Sent by {@link #name()}. */
public enum ReportType {
    DIALER_RESULT_DOWNLOAD,
    GLOBAL_CALL_TYPE_EXCEL,
    GLOBAL_CALL_TYPE_DELIMITED,
    ALL_CALLS,
    IVR_DETAIL,
    TFN_DID_MANAGER_SUPERUSER_EXCEL,
    TFN_DID_MANAGER_EXCEL,
    TFN_DID_MANAGER_DELIMITED,
    CASPER_REPORT
}
