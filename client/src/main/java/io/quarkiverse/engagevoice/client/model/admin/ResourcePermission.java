package io.quarkiverse.engagevoice.client.model.admin;

import java.util.List;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * The permissions a rights document grants on one resource (the API's {@code ResourcePermission}). Properties not
 * declared here are kept.
 */
public class ResourcePermission extends ApiObject {

    private String resourceType;
    private Integer resourceId;
    private List<String> permissions;
    private Boolean cascade;

    public ResourcePermission() {
    }

    /** {@code permissions} on the resource {@code resourceType} {@code resourceId}. */
    public static ResourcePermission of(String resourceType, int resourceId, List<String> permissions) {
        ResourcePermission p = new ResourcePermission();
        p.setResourceType(resourceType);
        p.setResourceId(resourceId);
        p.setPermissions(permissions);
        return p;
    }

    /** The kind of resource: {@code GATE_GROUP}, {@code GATE}, {@code AGENT_GROUP}, {@code OUTBOUND_CAMPAIGN}, ... */
    public String getResourceType() {
        return resourceType;
    }

    public void setResourceType(String resourceType) {
        this.resourceType = resourceType;
    }

    public Integer getResourceId() {
        return resourceId;
    }

    public void setResourceId(Integer resourceId) {
        this.resourceId = resourceId;
    }

    public List<String> getPermissions() {
        return permissions;
    }

    public void setPermissions(List<String> permissions) {
        this.permissions = permissions;
    }

    public Boolean getCascade() {
        return cascade;
    }

    public void setCascade(Boolean cascade) {
        this.cascade = cascade;
    }

    @Override
    public String toString() {
        return "ResourcePermission[" + resourceType + " " + resourceId + ", " + permissions + "]";
    }
}
