package io.quarkiverse.engagevoice.client.model.services;

import java.util.List;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/** A page of external authentication configurations (the API's {@code AuthConfigList}). */
public class ExternalAuthConfigList extends ApiObject {

    private List<ExternalAuthConfig> records;

    public ExternalAuthConfigList() {
    }

    public List<ExternalAuthConfig> getRecords() {
        return records;
    }

    public void setRecords(List<ExternalAuthConfig> records) {
        this.records = records;
    }

    @Override
    public String toString() {
        return "ExternalAuthConfigList[" + (records == null ? 0 : records.size()) + " records]";
    }
}
