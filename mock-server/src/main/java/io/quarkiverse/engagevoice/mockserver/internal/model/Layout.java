package io.quarkiverse.engagevoice.mockserver.internal.model;

/** Which generation of Engage Voice the simulator imitates. */
public enum Layout {
    /** RingCX: API under {@code /voice/api}, auth at {@code /api/auth/...}, RC platform at {@code /restapi}. */
    CURRENT("/voice/api"),
    /** portal.vacd.biz and portal.virtualacd.biz: API under {@code /api}, login at {@code /api/v1/auth/login}. */
    LEGACY("/api");

    private final String apiRoot;

    Layout(String apiRoot) {
        this.apiRoot = apiRoot;
    }

    public String apiRoot() {
        return apiRoot;
    }
}
