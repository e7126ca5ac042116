package io.quarkiverse.engagevoice.mockserver.internal.data;

import java.util.LinkedHashSet;
import java.util.Set;

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
    private String product;
    private int productId;
    private int agentId;
    private final ObjectNode view;
    private Stage stage = Stage.LIVE;
    private String disposition;
    /** The ids of the parties' sessions: the caller's, and the agent's while one is connected. */
    private final Set<String> sessionIds = new LinkedHashSet<>();

    public ActiveCall(String uii, String accountId, String product, int productId, int agentId, ObjectNode view) {
        this.uii = uii;
        this.accountId = accountId;
        this.product = product;
        this.productId = productId;
        this.agentId = agentId;
        this.view = view;
        sessionIds.add(callerSessionId(uii));
        if (agentId != 0) {
            sessionIds.add(agentSessionId(uii));
        }
    }

    /** The id of the caller's session of the call {@code uii}. */
    public static String callerSessionId(String uii) {
        return uii + "-1";
    }

    /** The id of the agent's session of the call {@code uii}. */
    public static String agentSessionId(String uii) {
        return uii + "-2";
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

    /** Back into the queue {@code gateId}: the agent's session ends and the call waits for another agent. */
    public void requeue(int gateId) {
        sessionIds.remove(agentSessionId(uii));
        product = "ACD";
        productId = gateId;
        agentId = 0;
        view.put("callState", "QUEUED");
        view.putNull("agentFirstName");
        view.putNull("agentLastName");
        view.putNull("dequeueTime");
    }

    /** Ends the session {@code sessionId}; whether the call had it. */
    public boolean hangUpSession(String sessionId) {
        return sessionIds.remove(sessionId);
    }
}
