package io.quarkiverse.engagevoice.client.testing;

/** The client configurations the wire contract needs; each runtime builds or injects one client per variant. */
public enum Variant {
    /** Current server, access token {@link #ACCESS_TOKEN}, account id {@link #ACCOUNT_ID}. */
    CURRENT,
    /** Legacy server (URL with legacy=true), access token {@link #LEGACY_TOKEN}, account id {@link #ACCOUNT_ID}. */
    LEGACY,
    /** Current server, permanent API token {@link #API_TOKEN}, account id {@link #ACCOUNT_ID}. */
    API_TOKEN,
    /** As CURRENT, method override HEADER. */
    OVERRIDE_HEADER,
    /** As CURRENT, method override QUERY. */
    OVERRIDE_QUERY,
    /** Current server, access token {@link #ACCESS_TOKEN}, no account id. */
    NO_ACCOUNT;

    public static final String ACCESS_TOKEN = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0ZXN0In0.sig-current";
    public static final String LEGACY_TOKEN = "legacy-auth-token-0123456789";
    public static final String API_TOKEN_VALUE = "aws80:c2353445-0000-4000-8000-000000000001";
    public static final String ACCOUNT_ID = "1001";

    /** The configuration of this variant as client settings, for runtimes that are configured by properties. */
    public java.util.Map<String, String> settings(String serverUrl) {
        java.util.Map<String, String> s = new java.util.LinkedHashMap<>();
        s.put("server", serverUrl);
        switch (this) {
            case LEGACY -> {
                s.put("legacy", "true");
                s.put("auth.access-token", LEGACY_TOKEN);
            }
            case API_TOKEN -> s.put("auth.api-token", API_TOKEN_VALUE);
            default -> s.put("auth.access-token", ACCESS_TOKEN);
        }
        if (this != NO_ACCOUNT) {
            s.put("account-id", ACCOUNT_ID);
        }
        if (this == OVERRIDE_HEADER) {
            s.put("method-override", "header");
        } else if (this == OVERRIDE_QUERY) {
            s.put("method-override", "query");
        }
        return s;
    }
}
