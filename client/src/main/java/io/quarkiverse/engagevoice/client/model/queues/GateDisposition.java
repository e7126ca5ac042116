package io.quarkiverse.engagevoice.client.model.queues;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.Campaign;

/**
 * A disposition of a queue: what an agent may record as the outcome of a call, and what follows (requeue, transfer,
 * callback campaign, do-not-call). Properties not declared here are kept, among them {@code xfer} (typed as a base64
 * string by the OpenAPI file), {@code dispSoapService} and {@code emailTemplate}.
 */
public class GateDisposition extends ApiObject {

    private Integer gateDispositionId;
    private String disposition;
    private Boolean isComplete;
    private Boolean isContact;
    private Boolean isSuccess;
    private Boolean isDefault;
    private Boolean isDisabled;
    private Boolean doNotCall;
    private String dncTagLabel;
    private Boolean requireNote;
    private Boolean saveSurvey;
    private Boolean setAgentFlag;
    private Integer isRequeued;
    private Integer requeueDelay;
    private Integer rank;
    private Integer timeout;
    private String dtmfMapping;
    private String xferDest;
    private String emailDestinations;
    private Campaign destCampaign;

    public GateDisposition() {
    }

    /** A disposition with only a label: the body of a create. */
    public static GateDisposition named(String disposition) {
        GateDisposition d = new GateDisposition();
        d.setDisposition(disposition);
        return d;
    }

    public Integer getGateDispositionId() {
        return gateDispositionId;
    }

    public void setGateDispositionId(Integer gateDispositionId) {
        this.gateDispositionId = gateDispositionId;
    }

    /** The label the agent chooses. */
    public String getDisposition() {
        return disposition;
    }

    public void setDisposition(String disposition) {
        this.disposition = disposition;
    }

    /** Whether the call is finished with this disposition. */
    public Boolean getIsComplete() {
        return isComplete;
    }

    public void setIsComplete(Boolean isComplete) {
        this.isComplete = isComplete;
    }

    /** Whether the caller was reached. */
    public Boolean getIsContact() {
        return isContact;
    }

    public void setIsContact(Boolean isContact) {
        this.isContact = isContact;
    }

    /** Whether the call counts as a success. */
    public Boolean getIsSuccess() {
        return isSuccess;
    }

    public void setIsSuccess(Boolean isSuccess) {
        this.isSuccess = isSuccess;
    }

    /** Whether this disposition applies when the agent chooses none. */
    public Boolean getIsDefault() {
        return isDefault;
    }

    public void setIsDefault(Boolean isDefault) {
        this.isDefault = isDefault;
    }

    public Boolean getIsDisabled() {
        return isDisabled;
    }

    public void setIsDisabled(Boolean isDisabled) {
        this.isDisabled = isDisabled;
    }

    /** Whether the caller goes on the do-not-call list. */
    public Boolean getDoNotCall() {
        return doNotCall;
    }

    public void setDoNotCall(Boolean doNotCall) {
        this.doNotCall = doNotCall;
    }

    public String getDncTagLabel() {
        return dncTagLabel;
    }

    public void setDncTagLabel(String dncTagLabel) {
        this.dncTagLabel = dncTagLabel;
    }

    /** Whether the agent must write a note. */
    public Boolean getRequireNote() {
        return requireNote;
    }

    public void setRequireNote(Boolean requireNote) {
        this.requireNote = requireNote;
    }

    public Boolean getSaveSurvey() {
        return saveSurvey;
    }

    public void setSaveSurvey(Boolean saveSurvey) {
        this.saveSurvey = saveSurvey;
    }

    public Boolean getSetAgentFlag() {
        return setAgentFlag;
    }

    public void setSetAgentFlag(Boolean setAgentFlag) {
        this.setAgentFlag = setAgentFlag;
    }

    /** {@code 1} when the call is requeued, {@code 0} when not. */
    public Integer getIsRequeued() {
        return isRequeued;
    }

    public void setIsRequeued(Integer isRequeued) {
        this.isRequeued = isRequeued;
    }

    /** Seconds. */
    public Integer getRequeueDelay() {
        return requeueDelay;
    }

    public void setRequeueDelay(Integer requeueDelay) {
        this.requeueDelay = requeueDelay;
    }

    /** Position in the agent's list. */
    public Integer getRank() {
        return rank;
    }

    public void setRank(Integer rank) {
        this.rank = rank;
    }

    /** Seconds. */
    public Integer getTimeout() {
        return timeout;
    }

    public void setTimeout(Integer timeout) {
        this.timeout = timeout;
    }

    /** The key a caller presses for this disposition. */
    public String getDtmfMapping() {
        return dtmfMapping;
    }

    public void setDtmfMapping(String dtmfMapping) {
        this.dtmfMapping = dtmfMapping;
    }

    /** Where the call is transferred, when it is. */
    public String getXferDest() {
        return xferDest;
    }

    public void setXferDest(String xferDest) {
        this.xferDest = xferDest;
    }

    public String getEmailDestinations() {
        return emailDestinations;
    }

    public void setEmailDestinations(String emailDestinations) {
        this.emailDestinations = emailDestinations;
    }

    /** The campaign that receives the caller as a lead, when one does. */
    public Campaign getDestCampaign() {
        return destCampaign;
    }

    public void setDestCampaign(Campaign destCampaign) {
        this.destCampaign = destCampaign;
    }

    @Override
    public String toString() {
        return "GateDisposition[" + gateDispositionId + ", " + disposition + "]";
    }
}
