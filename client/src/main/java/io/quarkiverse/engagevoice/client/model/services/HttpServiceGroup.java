package io.quarkiverse.engagevoice.client.model.services;

import java.util.List;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * A group of remote HTTP services of an account (the API's {@code RemoteHttpServiceGroup}). The services are only
 * filled in by the {@code withChildren} listing.
 */
public class HttpServiceGroup extends ApiObject {

    private Integer serviceGroupId;
    private String groupName;
    private Boolean isDefault;
    private List<String> permissions;
    private List<HttpService> services;

    public HttpServiceGroup() {
    }

    /** A group with only a name: the body of a create, or of a rename. */
    public static HttpServiceGroup named(String groupName) {
        HttpServiceGroup g = new HttpServiceGroup();
        g.setGroupName(groupName);
        return g;
    }

    public Integer getServiceGroupId() {
        return serviceGroupId;
    }

    public void setServiceGroupId(Integer serviceGroupId) {
        this.serviceGroupId = serviceGroupId;
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }

    /** Whether this is the account's default group. */
    public Boolean getIsDefault() {
        return isDefault;
    }

    public void setIsDefault(Boolean isDefault) {
        this.isDefault = isDefault;
    }

    /** The caller's permissions on the group, when asked for. */
    public List<String> getPermissions() {
        return permissions;
    }

    public void setPermissions(List<String> permissions) {
        this.permissions = permissions;
    }

    /** The group's services: only in the {@code withChildren} listing. */
    public List<HttpService> getServices() {
        return services;
    }

    public void setServices(List<HttpService> services) {
        this.services = services;
    }

    @Override
    public String toString() {
        return "HttpServiceGroup[" + serviceGroupId + ", " + groupName + "]";
    }
}
