package io.quarkiverse.engagevoice.mockserver.internal.cli;

import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.*;

/** The one line the standalone simulator prints once it listens: where it is and how to log in. */
public final class Banner {

    private Banner() {
    }

    /** The line for a simulator of the {@code legacy} (or current) layout at {@code baseUrl}. */
    public static String line(boolean legacy, String baseUrl, String apiRoot) {
        StringBuilder line = new StringBuilder("Engage Voice simulator (")
                .append(legacy ? "legacy" : "current").append(" layout) listening on ")
                .append(baseUrl).append(" | API root ").append(apiRoot);
        if (legacy) {
            line.append(" | legacy login: username=").append(LEGACY_USERNAME)
                    .append(" password=").append(LEGACY_PASSWORD);
        } else {
            line.append(" | RingCentral JWT grant: clientId=").append(RC_CLIENT_ID)
                    .append(" clientSecret=").append(RC_CLIENT_SECRET)
                    .append(" jwt=").append(RC_JWT_ASSERTION)
                    .append(" | Engage login: username=").append(ENGAGE_USERNAME)
                    .append(" password=").append(ENGAGE_PASSWORD)
                    .append(" platformId=").append(ENGAGE_PLATFORM_ID);
        }
        return line.append(" | X-Auth-Token API token: ").append(API_TOKEN)
                .append(" | main account ").append(MAIN_ACCOUNT_ID)
                .append(", sub-accounts ").append(String.join(", ", SUB_ACCOUNT_IDS))
                .toString();
    }
}
