package io.quarkiverse.engagevoice.client.model.numbers;

import java.util.List;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/** How an uploaded file of pool records was validated (the API's {@code DnisResponseValidation}). */
public class DnisUploadStatus extends ApiObject {

    private Boolean validated;
    private Long totalRecords;
    private Long validRecords;
    private String errorCode;
    private List<String> errorMessage;

    public DnisUploadStatus() {
    }

    public Boolean getValidated() {
        return validated;
    }

    public void setValidated(Boolean validated) {
        this.validated = validated;
    }

    public Long getTotalRecords() {
        return totalRecords;
    }

    public void setTotalRecords(Long totalRecords) {
        this.totalRecords = totalRecords;
    }

    public Long getValidRecords() {
        return validRecords;
    }

    public void setValidRecords(Long validRecords) {
        this.validRecords = validRecords;
    }

    public String getErrorCode() {
        return errorCode;
    }

    public void setErrorCode(String errorCode) {
        this.errorCode = errorCode;
    }

    public List<String> getErrorMessage() {
        return errorMessage;
    }

    public void setErrorMessage(List<String> errorMessage) {
        this.errorMessage = errorMessage;
    }

    @Override
    public String toString() {
        return "DnisUploadStatus[" + validRecords + "/" + totalRecords + " valid, " + errorCode + "]";
    }
}
