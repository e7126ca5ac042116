package io.quarkiverse.engagevoice.client.model.numbers;

import java.util.List;
import java.util.Map;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * The answer of a pool file upload: the records read, as the server sent them, and how they were validated (the
 * API's {@code DnisListPreviewResponse}).
 */
public class DnisListPreview extends ApiObject {

    private List<Map<String, Object>> records;
    private DnisUploadStatus uploadStatus;

    public DnisListPreview() {
    }

    /** The records read from the file, column by column. */
    public List<Map<String, Object>> getRecords() {
        return records;
    }

    public void setRecords(List<Map<String, Object>> records) {
        this.records = records;
    }

    public DnisUploadStatus getUploadStatus() {
        return uploadStatus;
    }

    public void setUploadStatus(DnisUploadStatus uploadStatus) {
        this.uploadStatus = uploadStatus;
    }

    @Override
    public String toString() {
        return "DnisListPreview[" + (records == null ? 0 : records.size()) + " records, " + uploadStatus + "]";
    }
}
