package io.quarkiverse.engagevoice.client.model.numbers;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * The media values the pool's numbers carry, for tracking which advertisement a number belongs to (the API's
 * {@code MediaCodeValuesOnDnisPool}). Properties not declared here are kept.
 */
public class DnisMediaValues extends ApiObject {

    private String category;
    private String code;
    private String duration;
    private String format;
    private String isci;
    private String market;
    private String network;
    private String sourceCode;
    private String url;
    private String version;

    public DnisMediaValues() {
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getDuration() {
        return duration;
    }

    public void setDuration(String duration) {
        this.duration = duration;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getIsci() {
        return isci;
    }

    public void setIsci(String isci) {
        this.isci = isci;
    }

    public String getMarket() {
        return market;
    }

    public void setMarket(String market) {
        this.market = market;
    }

    public String getNetwork() {
        return network;
    }

    public void setNetwork(String network) {
        this.network = network;
    }

    public String getSourceCode() {
        return sourceCode;
    }

    public void setSourceCode(String sourceCode) {
        this.sourceCode = sourceCode;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    @Override
    public String toString() {
        return "DnisMediaValues[" + category + ", " + code + "]";
    }
}
