package io.quarkiverse.engagevoice.client.model;

/** The outcome of a lead action (the API's {@code LeadActionResult}). Properties not declared here are kept. */
public class LeadActionResult extends ApiObject {

    private String leadActionType;
    private Boolean success;
    private Integer leadUpdateCount;
    private Integer leadDeleteCount;
    private Integer redialDeleteCount;
    private Boolean dialerRefreshed;
    private String errorMessage;

    public LeadActionResult() {
    }

    public String getLeadActionType() {
        return leadActionType;
    }

    public void setLeadActionType(String leadActionType) {
        this.leadActionType = leadActionType;
    }

    public Boolean getSuccess() {
        return success;
    }

    public void setSuccess(Boolean success) {
        this.success = success;
    }

    public Integer getLeadUpdateCount() {
        return leadUpdateCount;
    }

    public void setLeadUpdateCount(Integer leadUpdateCount) {
        this.leadUpdateCount = leadUpdateCount;
    }

    public Integer getLeadDeleteCount() {
        return leadDeleteCount;
    }

    public void setLeadDeleteCount(Integer leadDeleteCount) {
        this.leadDeleteCount = leadDeleteCount;
    }

    public Integer getRedialDeleteCount() {
        return redialDeleteCount;
    }

    public void setRedialDeleteCount(Integer redialDeleteCount) {
        this.redialDeleteCount = redialDeleteCount;
    }

    public Boolean getDialerRefreshed() {
        return dialerRefreshed;
    }

    public void setDialerRefreshed(Boolean dialerRefreshed) {
        this.dialerRefreshed = dialerRefreshed;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage;
    }

    @Override
    public String toString() {
        return "LeadActionResult[" + leadActionType + ", success=" + success + ", updated=" + leadUpdateCount
                + ", deleted=" + leadDeleteCount + "]";
    }
}
