package io.quarkiverse.engagevoice.client.model.numbers;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * Where a tracking number sends its calls: a destination tried in {@link #getRank() rank} order, while the number is
 * open or closed (the API's {@code TracRoutingRule}). Properties not declared here are kept, among them
 * {@code tracNumber}. {@link #toString()} leaves out the destination, which is often a phone number.
 */
public class TracRoutingRule extends ApiObject {

    private Integer ruleId;
    private String description;
    private String ruleType;
    private String destination;
    private Boolean openRule;
    private Integer rank;
    private Integer ringDuration;
    private Integer parallelDelay;
    private Boolean ttAccept;
    private Integer xferGateId;
    private Integer xferTracId;

    public TracRoutingRule() {
    }

    /** A rule of {@code ruleType} calling {@code destination}, for the open or the closed hours. */
    public static TracRoutingRule to(String ruleType, String destination, boolean openRule) {
        TracRoutingRule r = new TracRoutingRule();
        r.setRuleType(ruleType);
        r.setDestination(destination);
        r.setOpenRule(openRule);
        return r;
    }

    public Integer getRuleId() {
        return ruleId;
    }

    public void setRuleId(Integer ruleId) {
        this.ruleId = ruleId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /**
     * {@code STANDARD} (a phone number), {@code STANDARD_SIP}, {@code ENCRYPTED_SIP}, {@code GATE_XFER} (a queue, see
     * {@link #getXferGateId()}), {@code TRAC_XFER} (another tracking number, see {@link #getXferTracId()}), {@code
     * IN_NETWORK} or {@code VIVR}.
     */
    public String getRuleType() {
        return ruleType;
    }

    public void setRuleType(String ruleType) {
        this.ruleType = ruleType;
    }

    /** The number or SIP address called. */
    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    /** {@code true} for a rule of the open hours, {@code false} for the closed hours. */
    public Boolean getOpenRule() {
        return openRule;
    }

    public void setOpenRule(Boolean openRule) {
        this.openRule = openRule;
    }

    /** Order of the rule among the number's rules. */
    public Integer getRank() {
        return rank;
    }

    public void setRank(Integer rank) {
        this.rank = rank;
    }

    /** Seconds. */
    public Integer getRingDuration() {
        return ringDuration;
    }

    public void setRingDuration(Integer ringDuration) {
        this.ringDuration = ringDuration;
    }

    /** Seconds. */
    public Integer getParallelDelay() {
        return parallelDelay;
    }

    public void setParallelDelay(Integer parallelDelay) {
        this.parallelDelay = parallelDelay;
    }

    /** Whether the answering party must press a key to accept the call. */
    public Boolean getTtAccept() {
        return ttAccept;
    }

    public void setTtAccept(Boolean ttAccept) {
        this.ttAccept = ttAccept;
    }

    public Integer getXferGateId() {
        return xferGateId;
    }

    public void setXferGateId(Integer xferGateId) {
        this.xferGateId = xferGateId;
    }

    public Integer getXferTracId() {
        return xferTracId;
    }

    public void setXferTracId(Integer xferTracId) {
        this.xferTracId = xferTracId;
    }

    @Override
    public String toString() {
        return "TracRoutingRule[" + ruleId + ", " + ruleType + ", " + description + "]";
    }
}
