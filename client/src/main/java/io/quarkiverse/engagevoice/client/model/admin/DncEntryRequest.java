package io.quarkiverse.engagevoice.client.model.admin;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * A number to add to the account's do-not-call list ({@code POST .../dncLists}).
 * <p>
 * No official schema exists; the fields are those of the developer guide's DNC page. Null fields are not sent.
 */
public class DncEntryRequest extends ApiObject {

    private String phone;
    private String countryId;
    private Integer dncTagId;
    private String externId;

    public DncEntryRequest() {
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    /** The country of the number, such as {@code USA}. */
    public String getCountryId() {
        return countryId;
    }

    public void setCountryId(String countryId) {
        this.countryId = countryId;
    }

    /** The tag to file the entry under. */
    public Integer getDncTagId() {
        return dncTagId;
    }

    public void setDncTagId(Integer dncTagId) {
        this.dncTagId = dncTagId;
    }

    /** An id of the caller's own for the entry. */
    public String getExternId() {
        return externId;
    }

    public void setExternId(String externId) {
        this.externId = externId;
    }
}
