package io.quarkiverse.engagevoice.client.model.numbers;

import java.util.List;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/** The numbers of one account in a {@link DnisSearchResult} (the API's {@code AccountDTO}). */
public class DnisAccountRecords extends ApiObject {

    private String name;
    private List<DnisRecord> records;

    public DnisAccountRecords() {
    }

    /** The account's name. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<DnisRecord> getRecords() {
        return records;
    }

    public void setRecords(List<DnisRecord> records) {
        this.records = records;
    }

    @Override
    public String toString() {
        return "DnisAccountRecords[" + name + ", " + (records == null ? 0 : records.size()) + " numbers]";
    }
}
