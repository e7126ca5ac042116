package io.quarkiverse.engagevoice.client.model;

/** The outcome of a lead load (the API's {@code LeadListProcessingResult}). Properties not declared here are kept. */
public class LeadLoadResult extends ApiObject {

    private Integer leadsSupplied;
    private Integer leadsAccepted;
    private Integer leadsInserted;
    private Integer deletedCount;
    private Integer dncReturnedCount;
    private String listState;
    private String processingStatus;
    private String processingResult;
    private String message;

    public Integer getLeadsSupplied() {
        return leadsSupplied;
    }

    public void setLeadsSupplied(Integer leadsSupplied) {
        this.leadsSupplied = leadsSupplied;
    }

    public Integer getLeadsAccepted() {
        return leadsAccepted;
    }

    public void setLeadsAccepted(Integer leadsAccepted) {
        this.leadsAccepted = leadsAccepted;
    }

    public Integer getLeadsInserted() {
        return leadsInserted;
    }

    public void setLeadsInserted(Integer leadsInserted) {
        this.leadsInserted = leadsInserted;
    }

    public Integer getDeletedCount() {
        return deletedCount;
    }

    public void setDeletedCount(Integer deletedCount) {
        this.deletedCount = deletedCount;
    }

    public Integer getDncReturnedCount() {
        return dncReturnedCount;
    }

    public void setDncReturnedCount(Integer dncReturnedCount) {
        this.dncReturnedCount = dncReturnedCount;
    }

    public String getListState() {
        return listState;
    }

    public void setListState(String listState) {
        this.listState = listState;
    }

    public String getProcessingStatus() {
        return processingStatus;
    }

    public void setProcessingStatus(String processingStatus) {
        this.processingStatus = processingStatus;
    }

    public String getProcessingResult() {
        return processingResult;
    }

    public void setProcessingResult(String processingResult) {
        this.processingResult = processingResult;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    @Override
    public String toString() {
        return "LeadLoadResult[supplied=" + leadsSupplied + ", inserted=" + leadsInserted + ", status=" + processingStatus + "]";
    }
}
