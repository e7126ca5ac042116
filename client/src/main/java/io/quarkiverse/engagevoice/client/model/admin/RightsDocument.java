package io.quarkiverse.engagevoice.client.model.admin;

import java.util.List;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * A rights document (the API's {@code RightsDocument}): the permissions it grants on an account, on products and on
 * single resources, and who owns it. Master documents apply to a main account and its sub-accounts. Properties not
 * declared here are kept.
 */
public class RightsDocument extends ApiObject {

    private Integer rightsDocId;
    private String rightsDocName;
    private String accountId;
    private Integer ownerId;
    private Boolean isMaster;
    private Boolean assigned;
    private Boolean cascade;
    private List<String> accountPermissions;
    private List<ProductPermission> productPermissions;
    private List<ResourcePermission> resourcePermissions;

    public RightsDocument() {
    }

    /** A document with a name for an account: the start of a create. */
    public static RightsDocument named(String rightsDocName, String accountId) {
        RightsDocument d = new RightsDocument();
        d.setRightsDocName(rightsDocName);
        d.setAccountId(accountId);
        return d;
    }

    public Integer getRightsDocId() {
        return rightsDocId;
    }

    public void setRightsDocId(Integer rightsDocId) {
        this.rightsDocId = rightsDocId;
    }

    public String getRightsDocName() {
        return rightsDocName;
    }

    public void setRightsDocName(String rightsDocName) {
        this.rightsDocName = rightsDocName;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public Integer getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Integer ownerId) {
        this.ownerId = ownerId;
    }

    public Boolean getIsMaster() {
        return isMaster;
    }

    public void setIsMaster(Boolean isMaster) {
        this.isMaster = isMaster;
    }

    public Boolean getAssigned() {
        return assigned;
    }

    public void setAssigned(Boolean assigned) {
        this.assigned = assigned;
    }

    /** Whether the permissions also apply to the sub-accounts. */
    public Boolean getCascade() {
        return cascade;
    }

    public void setCascade(Boolean cascade) {
        this.cascade = cascade;
    }

    public List<String> getAccountPermissions() {
        return accountPermissions;
    }

    public void setAccountPermissions(List<String> accountPermissions) {
        this.accountPermissions = accountPermissions;
    }

    public List<ProductPermission> getProductPermissions() {
        return productPermissions;
    }

    public void setProductPermissions(List<ProductPermission> productPermissions) {
        this.productPermissions = productPermissions;
    }

    public List<ResourcePermission> getResourcePermissions() {
        return resourcePermissions;
    }

    public void setResourcePermissions(List<ResourcePermission> resourcePermissions) {
        this.resourcePermissions = resourcePermissions;
    }

    @Override
    public String toString() {
        return "RightsDocument[" + rightsDocId + ", " + rightsDocName + "]";
    }
}
