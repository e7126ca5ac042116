package io.quarkiverse.engagevoice.mockserver.seed;

import java.util.List;

/**
 * Demo credentials the simulator accepts. They are fake, public and only valid against the simulator.
 *
 * <ul>
 * <li>RingCentral JWT grant ({@code POST /restapi/oauth/token}): HTTP Basic
 * {@link #RC_CLIENT_ID}:{@link #RC_CLIENT_SECRET} and {@code assertion=}{@link #RC_JWT_ASSERTION}.</li>
 * <li>Direct Engage login ({@code POST /api/auth/login/admin}): {@link #ENGAGE_USERNAME}, {@link #ENGAGE_PASSWORD},
 * {@link #ENGAGE_PLATFORM_ID}.</li>
 * <li>Legacy login ({@code POST /api/v1/auth/login}, legacy layout only): {@link #LEGACY_USERNAME},
 * {@link #LEGACY_PASSWORD}.</li>
 * <li>A permanent API token, seeded, valid as {@code X-Auth-Token} on both layouts: {@link #API_TOKEN}.</li>
 * </ul>
 * Every login is the same Engage admin user ({@link #ADMIN_USER_ID}), who may access the main account and both
 * sub-accounts.
 */
public final class SimulatorCredentials {

    /** RingCentral app client id accepted by the JWT grant. */
    public static final String RC_CLIENT_ID = "SimulatorClientId01";
    /** RingCentral app client secret accepted by the JWT grant. */
    public static final String RC_CLIENT_SECRET = "SimulatorClientSecret01";
    /** The JWT credential (the {@code assertion} of the JWT grant); compared verbatim, never verified. */
    public static final String RC_JWT_ASSERTION = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9"
            + ".eyJhdWQiOiJodHRwczovL3BsYXRmb3JtLnJpbmdjZW50cmFsLmNvbS9yZXN0YXBpL29hdXRoL3Rva2VuIiwiaXNz"
            + "IjoiU2ltdWxhdG9yQ2xpZW50SWQwMSIsInN1YiI6IjQwMDEyMzQ1NzAwOCIsImlhdCI6MTcwMDAwMDAwMCwiZXhwIjozOTAw"
            + "MDAwMDAwLCJqdGkiOiJlbmdhZ2Utdm9pY2Utc2ltdWxhdG9yLWRlbW8ifQ"
            + ".ZW5nYWdlLXZvaWNlLXNpbXVsYXRvci1kZW1vLXNpZ25hdHVyZQ";

    /** RingCentral account id of the demo company. */
    public static final String RC_ACCOUNT_ID = "400123456008";
    /** RingCentral user (extension) id of the demo admin. */
    public static final long RC_USER_ID = 400123457008L;

    /** Engage admin username for {@code /api/auth/login/admin}. */
    public static final String ENGAGE_USERNAME = "admin@engage-sim.example";
    /** Engage admin password for {@code /api/auth/login/admin}. */
    public static final String ENGAGE_PASSWORD = "Sim-Admin-Pass-1";
    /** Platform id for {@code /api/auth/login/admin} (optional there; when sent it must match). */
    public static final String ENGAGE_PLATFORM_ID = "c01";

    /** Legacy-server username for {@code /api/v1/auth/login}. */
    public static final String LEGACY_USERNAME = "legacy.admin@engage-sim.example";
    /** Legacy-server password for {@code /api/v1/auth/login}. */
    public static final String LEGACY_PASSWORD = "Sim-Legacy-Pass-1";

    /** A seeded permanent API token (format {@code <prefix>:<uuid>} like the real ones). */
    public static final String API_TOKEN = "sim80:7f3c2a61-5b8e-4d2f-9a1c-3e6b8d0f4a21";

    /** Engage user id of the demo admin (the {@code adminId} of login answers). */
    public static final int ADMIN_USER_ID = 1001;

    /** The Engage main account. */
    public static final String MAIN_ACCOUNT_ID = "12340000";
    /** Sub-account "Engage Sim Sales": agent groups, queues, a predictive dial group, active calls. */
    public static final String SALES_ACCOUNT_ID = "12340001";
    /** Sub-account "Engage Sim Support": one agent group, one queue, a preview dial group, one call. */
    public static final String SUPPORT_ACCOUNT_ID = "12340002";
    /** Both sub-accounts, in the order {@code GET /v1/admin/accounts} lists them. */
    public static final List<String> SUB_ACCOUNT_IDS = List.of(SALES_ACCOUNT_ID, SUPPORT_ACCOUNT_ID);

    private SimulatorCredentials() {
    }
}
