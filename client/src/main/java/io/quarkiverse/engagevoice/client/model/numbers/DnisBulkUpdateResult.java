package io.quarkiverse.engagevoice.client.model.numbers;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/** The answer of a bulk update of pool records (the API's {@code DnisBulkUpdateRespose}). */
public class DnisBulkUpdateResult extends ApiObject {

    private String status;
    private String message;
    private String updatedRows;

    public DnisBulkUpdateResult() {
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /** How many records changed; a number written as text. */
    public String getUpdatedRows() {
        return updatedRows;
    }

    public void setUpdatedRows(String updatedRows) {
        this.updatedRows = updatedRows;
    }

    @Override
    public String toString() {
        return "DnisBulkUpdateResult[" + status + ", " + updatedRows + " rows]";
    }
}
