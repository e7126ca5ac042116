package io.quarkiverse.engagevoice.client.model.admin;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/** A country the system can dial (the API's {@code CountryCode}). Properties not declared here are kept. */
public class Country extends ApiObject {

    private String countryId;
    private String countryCode;
    private String countryName;
    private Integer minAniLength;
    private Integer maxAniLength;
    private Integer minUtcOffset;
    private Integer maxUtcOffset;

    public Country() {
    }

    public String getCountryId() {
        return countryId;
    }

    public void setCountryId(String countryId) {
        this.countryId = countryId;
    }

    /** The ISO code, e.g. {@code USA}. */
    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getCountryName() {
        return countryName;
    }

    public void setCountryName(String countryName) {
        this.countryName = countryName;
    }

    public Integer getMinAniLength() {
        return minAniLength;
    }

    public void setMinAniLength(Integer minAniLength) {
        this.minAniLength = minAniLength;
    }

    public Integer getMaxAniLength() {
        return maxAniLength;
    }

    public void setMaxAniLength(Integer maxAniLength) {
        this.maxAniLength = maxAniLength;
    }

    public Integer getMinUtcOffset() {
        return minUtcOffset;
    }

    public void setMinUtcOffset(Integer minUtcOffset) {
        this.minUtcOffset = minUtcOffset;
    }

    public Integer getMaxUtcOffset() {
        return maxUtcOffset;
    }

    public void setMaxUtcOffset(Integer maxUtcOffset) {
        this.maxUtcOffset = maxUtcOffset;
    }

    @Override
    public String toString() {
        return "Country[" + countryCode + ", " + countryName + "]";
    }
}
