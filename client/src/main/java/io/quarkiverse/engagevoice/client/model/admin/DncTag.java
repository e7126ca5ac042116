package io.quarkiverse.engagevoice.client.model.admin;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * A label do-not-call entries are filed under, so that they can be managed and deleted together.
 * <p>
 * The developer guide documents the tag operations but not their bodies; no operation of the official OpenAPI files
 * uses this object, and the fields are those of the files' unreferenced schema named below. Properties not declared
 * here are kept.
 * <p>
 * schema: DncTag
 */
public class DncTag extends ApiObject {

    private Integer dncTagId;
    private String dncTagLabel;
    private String accountId;

    public DncTag() {
    }

    public Integer getDncTagId() {
        return dncTagId;
    }

    public void setDncTagId(Integer dncTagId) {
        this.dncTagId = dncTagId;
    }

    public String getDncTagLabel() {
        return dncTagLabel;
    }

    public void setDncTagLabel(String dncTagLabel) {
        this.dncTagLabel = dncTagLabel;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }
}
