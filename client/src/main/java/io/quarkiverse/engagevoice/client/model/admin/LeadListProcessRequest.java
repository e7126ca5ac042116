package io.quarkiverse.engagevoice.client.model.admin;

import java.util.Map;

import io.quarkiverse.engagevoice.client.model.LeadLoadRequest;

/**
 * The body that loads an uploaded lead file into a list (the API's {@code LeadListProcessingRequest}, the same schema
 * as a direct load's, with the upload's properties): the {@code transactionId} of the preview, the file's format and
 * how its columns map to lead properties. Properties not declared here are kept.
 */
public class LeadListProcessRequest extends LeadLoadRequest {

    private String transactionId;
    private LeadFileType fileType;
    private Boolean fileContainsHeaders;
    private String quoteChar;
    private Integer pageNumber;
    private Map<String, Object> pageColumnMappings;
    private String numberOriginCountry;

    public LeadListProcessRequest() {
    }

    /**
     * Processes the upload {@code transactionId} (from a preview) as an active list, keeping duplicates, time zones
     * from the phone numbers; the column mappings are still to set.
     */
    public static LeadListProcessRequest of(String transactionId, LeadFileType fileType, String description) {
        LeadListProcessRequest r = new LeadListProcessRequest();
        r.setTransactionId(transactionId);
        r.setFileType(fileType);
        r.setDescription(description);
        r.setListState("ACTIVE");
        r.setDuplicateHandling("RETAIN_ALL");
        r.setTimeZoneOption("NPA_NXX");
        return r;
    }

    /** The upload, from {@link LeadListPreview#getTransactionId()}. */
    public String getTransactionId() {
        return transactionId;
    }

    public void setTransactionId(String transactionId) {
        this.transactionId = transactionId;
    }

    public LeadFileType getFileType() {
        return fileType;
    }

    public void setFileType(LeadFileType fileType) {
        this.fileType = fileType;
    }

    public Boolean getFileContainsHeaders() {
        return fileContainsHeaders;
    }

    public void setFileContainsHeaders(Boolean fileContainsHeaders) {
        this.fileContainsHeaders = fileContainsHeaders;
    }

    public String getQuoteChar() {
        return quoteChar;
    }

    public void setQuoteChar(String quoteChar) {
        this.quoteChar = quoteChar;
    }

    /** The page (sheet) of the file to load. */
    public Integer getPageNumber() {
        return pageNumber;
    }

    public void setPageNumber(Integer pageNumber) {
        this.pageNumber = pageNumber;
    }

    /** How the columns of each page map to lead properties, as the server expects it. */
    public Map<String, Object> getPageColumnMappings() {
        return pageColumnMappings;
    }

    public void setPageColumnMappings(Map<String, Object> pageColumnMappings) {
        this.pageColumnMappings = pageColumnMappings;
    }

    public String getNumberOriginCountry() {
        return numberOriginCountry;
    }

    public void setNumberOriginCountry(String numberOriginCountry) {
        this.numberOriginCountry = numberOriginCountry;
    }

    @Override
    public String toString() {
        return "LeadListProcessRequest[" + transactionId + ", " + getDescription() + "]";
    }
}
