package io.quarkiverse.engagevoice.mockserver.seed;

/**
 * Ids of the seeded contact centre, restored by {@link EngageVoiceSimulator#reset()}. Account ids are in
 * {@link SimulatorCredentials}. Ids created at run time are larger than every seeded id of their kind.
 */
public final class SimulatorSeed {

    /** Agent group "Sales Agents" in the sales account (agents {@link #AGENT_ALICE}, {@link #AGENT_BOB}). */
    public static final int SALES_AGENT_GROUP_ID = 1101;
    /** Agent group "Sales Supervisors" in the sales account (agent {@link #AGENT_SAM}). */
    public static final int SALES_SUPERVISOR_GROUP_ID = 1102;
    /** Agent group "Support Agents" in the support account (agent {@link #AGENT_DANA}). */
    public static final int SUPPORT_AGENT_GROUP_ID = 1201;

    public static final int AGENT_ALICE = 2101;
    public static final int AGENT_BOB = 2102;
    /** The agent record of the demo admin (its {@code rcUserId} is {@link SimulatorCredentials#RC_USER_ID}). */
    public static final int AGENT_SAM = 2103;
    public static final int AGENT_DANA = 2201;

    /** Gate (queue) group "Sales Queues" in the sales account. */
    public static final int SALES_GATE_GROUP_ID = 3101;
    /** Gate group "Support Queues" in the support account. */
    public static final int SUPPORT_GATE_GROUP_ID = 3201;
    public static final int GATE_SALES_MAIN = 4101;
    public static final int GATE_SALES_SPANISH = 4102;
    public static final int GATE_SUPPORT_MAIN = 4201;

    /** Dial group "Sales Predictive" (PREDICTIVE) in the sales account. */
    public static final int SALES_DIAL_GROUP_ID = 5101;
    /** Dial group "Support Callbacks" (PREVIEW) in the support account. */
    public static final int SUPPORT_DIAL_GROUP_ID = 5201;
    /** Campaign "Spring Promotion" in {@link #SALES_DIAL_GROUP_ID}: four leads, 7001 to 7004. */
    public static final int CAMPAIGN_SPRING_PROMOTION = 6101;
    /** Campaign "Renewals" in {@link #SALES_DIAL_GROUP_ID}: two leads, 7005 and 7006. */
    public static final int CAMPAIGN_RENEWALS = 6102;
    /** Campaign "Satisfaction Survey" in {@link #SUPPORT_DIAL_GROUP_ID}: one lead, 7007. */
    public static final int CAMPAIGN_SATISFACTION_SURVEY = 6201;
    public static final int FIRST_LEAD_ID = 7001;
    public static final int LAST_LEAD_ID = 7007;

    /** Active inbound call on {@link #GATE_SALES_MAIN}, talking to {@link #AGENT_ALICE}. */
    public static final String CALL_INBOUND_SALES = "202405081440470130000001";
    /** Active outbound call of {@link #CAMPAIGN_SPRING_PROMOTION}, talking to {@link #AGENT_BOB}. */
    public static final String CALL_OUTBOUND_SALES = "202405081441120130000002";
    /** Call waiting in {@link #GATE_SUPPORT_MAIN} (support account). */
    public static final String CALL_QUEUED_SUPPORT = "202405081442300130000003";

    private SimulatorSeed() {
    }
}
