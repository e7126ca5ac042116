package io.quarkiverse.engagevoice.client.model.admin;

import java.util.List;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * What the server read from an uploaded lead file (the API's {@code LeadListPreviewResponse}): the {@code
 * transactionId} to process it with, its columns and the first rows of each page. {@link #toString()} leaves out the
 * rows, which hold personal data. Properties not declared here are kept.
 */
public class LeadListPreview extends ApiObject {

    private String transactionId;
    private List<String> mappingColumns;
    private List<LeadListPagePreview> pagePreviews;
    private List<PersonaPhoneConfig> personaPhoneConfig;

    public LeadListPreview() {
    }

    /** The upload, to name in {@link LeadListProcessRequest#getTransactionId()}. */
    public String getTransactionId() {
        return transactionId;
    }

    public void setTransactionId(String transactionId) {
        this.transactionId = transactionId;
    }

    /** The lead properties the columns can be mapped to. */
    public List<String> getMappingColumns() {
        return mappingColumns;
    }

    public void setMappingColumns(List<String> mappingColumns) {
        this.mappingColumns = mappingColumns;
    }

    public List<LeadListPagePreview> getPagePreviews() {
        return pagePreviews;
    }

    public void setPagePreviews(List<LeadListPagePreview> pagePreviews) {
        this.pagePreviews = pagePreviews;
    }

    /** The persona phones the leads can be given. */
    public List<PersonaPhoneConfig> getPersonaPhoneConfig() {
        return personaPhoneConfig;
    }

    public void setPersonaPhoneConfig(List<PersonaPhoneConfig> personaPhoneConfig) {
        this.personaPhoneConfig = personaPhoneConfig;
    }

    @Override
    public String toString() {
        return "LeadListPreview[" + transactionId + ", " + (pagePreviews == null ? 0 : pagePreviews.size()) + " pages]";
    }
}
