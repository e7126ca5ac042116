package io.quarkiverse.engagevoice.client.model.services;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * An input of a remote HTTP service: a value RingCX sends to it (the API's {@code RemoteHttpServiceInput}).
 */
public class HttpServiceInput extends ApiObject {

    private Integer inputId;
    private String name;
    private String type;
    private String simpleDataType;
    private String value;
    private Integer rank;

    public HttpServiceInput() {
    }

    /** An input with a name, a source type and a value: the body of a create. */
    public static HttpServiceInput of(String name, String type, String value) {
        HttpServiceInput i = new HttpServiceInput();
        i.setName(name);
        i.setType(type);
        i.setValue(value);
        return i;
    }

    public Integer getInputId() {
        return inputId;
    }

    public void setInputId(Integer inputId) {
        this.inputId = inputId;
    }

    /** The parameter name sent to the service. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Where the value comes from, such as {@code STATIC} or a call variable. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** Such as {@code STRING} or {@code INTEGER}. */
    public String getSimpleDataType() {
        return simpleDataType;
    }

    public void setSimpleDataType(String simpleDataType) {
        this.simpleDataType = simpleDataType;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    /**
     * Position among the service's inputs. The OpenAPI file types it as a base64 string ({@code format: byte}), the
     * same slip as a queue's {@code acceptTime}; read as a number, which also accepts a numeric string.
     */
    public Integer getRank() {
        return rank;
    }

    public void setRank(Integer rank) {
        this.rank = rank;
    }

    @Override
    public String toString() {
        return "HttpServiceInput[" + inputId + ", " + name + "]";
    }
}
