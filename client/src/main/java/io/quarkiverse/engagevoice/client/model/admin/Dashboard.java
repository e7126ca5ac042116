package io.quarkiverse.engagevoice.client.model.admin;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;

/**
 * A dashboard of an admin user: a name and the layout the admin application stores as free JSON in {@code data}.
 * Properties not declared here are kept.
 */
public class Dashboard extends ApiObject {

    private Integer id;
    private String name;
    private Boolean shared;
    private JsonNode data;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime creationDate;

    public Dashboard() {
    }

    /** A dashboard with a name and a layout: the body of a create. */
    public static Dashboard named(String name, JsonNode data) {
        Dashboard d = new Dashboard();
        d.setName(name);
        d.setData(data);
        return d;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Boolean getShared() {
        return shared;
    }

    public void setShared(Boolean shared) {
        this.shared = shared;
    }

    /** The dashboard's layout, free JSON kept as the server sent it. */
    public JsonNode getData() {
        return data;
    }

    public void setData(JsonNode data) {
        this.data = data;
    }

    public OffsetDateTime getCreationDate() {
        return creationDate;
    }

    public void setCreationDate(OffsetDateTime creationDate) {
        this.creationDate = creationDate;
    }

    @Override
    public String toString() {
        return "Dashboard[" + id + ", " + name + "]";
    }
}
