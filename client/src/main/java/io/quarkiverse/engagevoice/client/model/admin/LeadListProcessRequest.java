package io.quarkiverse.engagevoice.client.model.admin;

import io.quarkiverse.engagevoice.client.model.LeadLoadRequest;

/**
 * The body that loads an uploaded lead file into a list (the API's {@code LeadListProcessingRequest}, the schema of
 * {@link LeadLoadRequest}, here with the upload's properties set): the {@code transactionId} of the preview, the
 * file's format and how its columns map to lead properties.
 */
public class LeadListProcessRequest extends LeadLoadRequest {

    public LeadListProcessRequest() {
    }

    /**
     * Processes the upload {@code transactionId} (from a preview) as an active list, keeping duplicates, time zones
     * from the phone numbers; the column mappings are still to set.
     */
    public static LeadListProcessRequest of(String transactionId, LeadFileType fileType, String description) {
        LeadListProcessRequest r = new LeadListProcessRequest();
        r.setTransactionId(transactionId);
        r.setFileType(FileType.fromValue(fileType.name()));
        r.setDescription(description);
        r.setListState("ACTIVE");
        r.setDuplicateHandling("RETAIN_ALL");
        r.setTimeZoneOption("NPA_NXX");
        return r;
    }

    @Override
    public String toString() {
        return "LeadListProcessRequest[" + getTransactionId() + ", " + getDescription() + "]";
    }
}
