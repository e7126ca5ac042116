package io.quarkiverse.engagevoice.client.model;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * A queue group (the API's gate group), which holds queues ({@link Gate}). Properties not declared here are kept.
 */
public class GateGroup extends ApiObject {

    private Integer gateGroupId;
    private String groupName;
    private String billingKey;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime startDate;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime endDate;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime createdOn;
    private List<String> permissions;

    public GateGroup() {
    }

    /** A group with only a name: the body of a create, or of a rename. */
    public static GateGroup named(String groupName) {
        GateGroup g = new GateGroup();
        g.setGroupName(groupName);
        return g;
    }

    public Integer getGateGroupId() {
        return gateGroupId;
    }

    public void setGateGroupId(Integer gateGroupId) {
        this.gateGroupId = gateGroupId;
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }

    public String getBillingKey() {
        return billingKey;
    }

    public void setBillingKey(String billingKey) {
        this.billingKey = billingKey;
    }

    public OffsetDateTime getStartDate() {
        return startDate;
    }

    public void setStartDate(OffsetDateTime startDate) {
        this.startDate = startDate;
    }

    public OffsetDateTime getEndDate() {
        return endDate;
    }

    public void setEndDate(OffsetDateTime endDate) {
        this.endDate = endDate;
    }

    public OffsetDateTime getCreatedOn() {
        return createdOn;
    }

    public void setCreatedOn(OffsetDateTime createdOn) {
        this.createdOn = createdOn;
    }

    /** What the caller may do with the group: {@code CREATE}, {@code READ}, {@code UPDATE}, {@code DELETE}, ... */
    public List<String> getPermissions() {
        return permissions;
    }

    public void setPermissions(List<String> permissions) {
        this.permissions = permissions;
    }

    @Override
    public String toString() {
        return "GateGroup[" + gateGroupId + ", " + groupName + "]";
    }
}
