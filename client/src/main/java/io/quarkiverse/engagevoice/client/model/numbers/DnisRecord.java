package io.quarkiverse.engagevoice.client.model.numbers;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * A number found by the customer number search (the API's {@code DnisRecordDTO}); its dates are kept as the server
 * writes them. Properties not declared here are kept, among them {@code twilioApiKey}, a secret.
 * {@link #toString()} leaves out the number and every secret.
 */
public class DnisRecord extends ApiObject {

    private String dnis;
    private String dnisE164;
    private String dnisDescription;
    private String dnisCategory;
    private String dnisState;
    private Boolean active;
    private String carrier;
    private Boolean smsEnabled;
    private Boolean dnisManagedByRC;
    private String notes;
    private AssignedDnis assignedDnis;
    private String dateCreated;
    private String lastModified;
    private String lastModifiedBy;

    public DnisRecord() {
    }

    public String getDnis() {
        return dnis;
    }

    public void setDnis(String dnis) {
        this.dnis = dnis;
    }

    public String getDnisE164() {
        return dnisE164;
    }

    public void setDnisE164(String dnisE164) {
        this.dnisE164 = dnisE164;
    }

    public String getDnisDescription() {
        return dnisDescription;
    }

    public void setDnisDescription(String dnisDescription) {
        this.dnisDescription = dnisDescription;
    }

    public String getDnisCategory() {
        return dnisCategory;
    }

    public void setDnisCategory(String dnisCategory) {
        this.dnisCategory = dnisCategory;
    }

    public String getDnisState() {
        return dnisState;
    }

    public void setDnisState(String dnisState) {
        this.dnisState = dnisState;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public Boolean getSmsEnabled() {
        return smsEnabled;
    }

    public void setSmsEnabled(Boolean smsEnabled) {
        this.smsEnabled = smsEnabled;
    }

    public Boolean getDnisManagedByRC() {
        return dnisManagedByRC;
    }

    public void setDnisManagedByRC(Boolean dnisManagedByRC) {
        this.dnisManagedByRC = dnisManagedByRC;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public AssignedDnis getAssignedDnis() {
        return assignedDnis;
    }

    public void setAssignedDnis(AssignedDnis assignedDnis) {
        this.assignedDnis = assignedDnis;
    }

    public String getDateCreated() {
        return dateCreated;
    }

    public void setDateCreated(String dateCreated) {
        this.dateCreated = dateCreated;
    }

    public String getLastModified() {
        return lastModified;
    }

    public void setLastModified(String lastModified) {
        this.lastModified = lastModified;
    }

    public String getLastModifiedBy() {
        return lastModifiedBy;
    }

    public void setLastModifiedBy(String lastModifiedBy) {
        this.lastModifiedBy = lastModifiedBy;
    }

    @Override
    public String toString() {
        return "DnisRecord[" + dnisDescription + ", " + dnisState + "]";
    }
}
