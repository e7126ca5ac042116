package io.quarkiverse.engagevoice.client.api.reporting;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ROOT;

/** The RingCX account and sub-account of the reporting tests' {@code /cx} operations. */
final class ReportingWire {

    static final String RC_ACCOUNT = "980634004";
    static final String SUB_ACCOUNT = "99999999";
    /** The {@code /cx} prefix of the sub-account above. */
    static final String CX = ROOT + "/cx/integration/v1/accounts/" + RC_ACCOUNT + "/sub-accounts/" + SUB_ACCOUNT;

    private ReportingWire() {
    }
}
