package io.quarkiverse.engagevoice.client.model.admin;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * The country of a do-not-call entry, as the developer guide's DNC page shows it: an id such as {@code USA} and a
 * description. No official schema exists for this shape. Properties not declared here are kept.
 */
public class DncCountry extends ApiObject {

    private String id;
    private String description;

    public DncCountry() {
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
