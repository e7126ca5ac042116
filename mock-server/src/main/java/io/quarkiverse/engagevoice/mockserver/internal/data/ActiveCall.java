package io.quarkiverse.engagevoice.mockserver.internal.data;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A call in progress. {@code view} has the {@code ActiveCallListResponse} shape; the other fields serve the list
 * filters ({@code product}, {@code productId}) and the call-control state.
 */
public final class ActiveCall {

    /** Where a call is in its life. */
    public enum Stage {
        LIVE,
        HUNG_UP,
        DISPOSITIONED
    }

    private final String uii;
    private final String accountId;
    private final String product;
    private final int productId;
    private final int agentId;
    private final ObjectNode view;
    private Stage stage = Stage.LIVE;
    private String disposition;

    public ActiveCall(String uii, String accountId, String product, int productId, int agentId, ObjectNode view) {
        this.uii = uii;
        this.accountId = accountId;
        this.product = product;
        this.productId = productId;
        this.agentId = agentId;
        this.view = view;
    }

    public String uii() {
        return uii;
    }

    public String accountId() {
        return accountId;
    }

    public String product() {
        return product;
    }

    public int productId() {
        return productId;
    }

    public int agentId() {
        return agentId;
    }

    public ObjectNode view() {
        return view;
    }

    public Stage stage() {
        return stage;
    }

    public String disposition() {
        return disposition;
    }

    public void hangUp() {
        stage = Stage.HUNG_UP;
        view.put("callState", "ENDED");
    }

    public void disposition(String value) {
        stage = Stage.DISPOSITIONED;
        disposition = value;
        view.put("callState", "ENDED");
    }
}
