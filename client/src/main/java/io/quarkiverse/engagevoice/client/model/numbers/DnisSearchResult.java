package io.quarkiverse.engagevoice.client.model.numbers;

import java.util.Map;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * The answer of the customer number search: the numbers found, by account id (the API's {@code DnisSearchResultDTO}).
 */
public class DnisSearchResult extends ApiObject {

    private Map<String, DnisAccountRecords> entries;
    private Long totalCount;

    public DnisSearchResult() {
    }

    /** The numbers found, by account id. */
    public Map<String, DnisAccountRecords> getEntries() {
        return entries;
    }

    public void setEntries(Map<String, DnisAccountRecords> entries) {
        this.entries = entries;
    }

    /** How many numbers match. */
    public Long getTotalCount() {
        return totalCount;
    }

    public void setTotalCount(Long totalCount) {
        this.totalCount = totalCount;
    }

    @Override
    public String toString() {
        return "DnisSearchResult[" + totalCount + " in " + (entries == null ? 0 : entries.size()) + " accounts]";
    }
}
