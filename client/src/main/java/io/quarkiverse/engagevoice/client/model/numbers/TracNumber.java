package io.quarkiverse.engagevoice.client.model.numbers;

import java.util.List;

import io.quarkiverse.engagevoice.client.model.WeeklySchedule;

/**
 * A tracking number: a number callers dial, routed by its routing rules while open and by its schedule overrides
 * (the API's {@code TracNumber}). Properties not declared here are kept, among them {@code tracGroup},
 * {@code assignedDnis} and {@code postCallSoapService}. {@link #toString()} leaves out the numbers.
 */
public class TracNumber extends WeeklySchedule {

    private Integer tracId;
    private String description;
    private String accountId;
    private String openType;
    private String closeType;
    private Integer openLocatorId;
    private Integer closeLocatorId;
    private String introMsg;
    private String whisperMsg;
    private String endcallMsg;
    private String outboundCallerId;
    private String billingCode;
    private String billingKey;
    private Integer recordCall;
    private Integer voicemailEnabled;
    private Integer revMatch;
    private Integer shortCallTime;
    private Integer dequeueDelay;
    private Integer surveyId;
    private List<String> permissions;

    public TracNumber() {
    }

    /** A number with only a description: the smallest create body. */
    public static TracNumber described(String description) {
        TracNumber n = new TracNumber();
        n.setDescription(description);
        return n;
    }

    public Integer getTracId() {
        return tracId;
    }

    public void setTracId(Integer tracId) {
        this.tracId = tracId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    /** How calls are routed while open: {@code STANDARD}, {@code STANDARD_PARALLEL} or {@code LOCATOR}. */
    public String getOpenType() {
        return openType;
    }

    public void setOpenType(String openType) {
        this.openType = openType;
    }

    /** How calls are routed while closed: {@code STANDARD}, {@code STANDARD_PARALLEL} or {@code LOCATOR}. */
    public String getCloseType() {
        return closeType;
    }

    public void setCloseType(String closeType) {
        this.closeType = closeType;
    }

    public Integer getOpenLocatorId() {
        return openLocatorId;
    }

    public void setOpenLocatorId(Integer openLocatorId) {
        this.openLocatorId = openLocatorId;
    }

    public Integer getCloseLocatorId() {
        return closeLocatorId;
    }

    public void setCloseLocatorId(Integer closeLocatorId) {
        this.closeLocatorId = closeLocatorId;
    }

    /** Prompt played to the caller first. */
    public String getIntroMsg() {
        return introMsg;
    }

    public void setIntroMsg(String introMsg) {
        this.introMsg = introMsg;
    }

    /** Prompt played to the answering party. */
    public String getWhisperMsg() {
        return whisperMsg;
    }

    public void setWhisperMsg(String whisperMsg) {
        this.whisperMsg = whisperMsg;
    }

    public String getEndcallMsg() {
        return endcallMsg;
    }

    public void setEndcallMsg(String endcallMsg) {
        this.endcallMsg = endcallMsg;
    }

    /** The caller id shown on forwarded calls. */
    public String getOutboundCallerId() {
        return outboundCallerId;
    }

    public void setOutboundCallerId(String outboundCallerId) {
        this.outboundCallerId = outboundCallerId;
    }

    public String getBillingCode() {
        return billingCode;
    }

    public void setBillingCode(String billingCode) {
        this.billingCode = billingCode;
    }

    public String getBillingKey() {
        return billingKey;
    }

    public void setBillingKey(String billingKey) {
        this.billingKey = billingKey;
    }

    /** {@code 1} to record calls, {@code 0} not to. */
    public Integer getRecordCall() {
        return recordCall;
    }

    public void setRecordCall(Integer recordCall) {
        this.recordCall = recordCall;
    }

    /** {@code 1} to take voicemail, {@code 0} not to. */
    public Integer getVoicemailEnabled() {
        return voicemailEnabled;
    }

    public void setVoicemailEnabled(Integer voicemailEnabled) {
        this.voicemailEnabled = voicemailEnabled;
    }

    public Integer getRevMatch() {
        return revMatch;
    }

    public void setRevMatch(Integer revMatch) {
        this.revMatch = revMatch;
    }

    /** Seconds. */
    public Integer getShortCallTime() {
        return shortCallTime;
    }

    public void setShortCallTime(Integer shortCallTime) {
        this.shortCallTime = shortCallTime;
    }

    /** Seconds. */
    public Integer getDequeueDelay() {
        return dequeueDelay;
    }

    public void setDequeueDelay(Integer dequeueDelay) {
        this.dequeueDelay = dequeueDelay;
    }

    public Integer getSurveyId() {
        return surveyId;
    }

    public void setSurveyId(Integer surveyId) {
        this.surveyId = surveyId;
    }

    public List<String> getPermissions() {
        return permissions;
    }

    public void setPermissions(List<String> permissions) {
        this.permissions = permissions;
    }

    @Override
    public String toString() {
        return "TracNumber[" + tracId + ", " + description + "]";
    }
}
