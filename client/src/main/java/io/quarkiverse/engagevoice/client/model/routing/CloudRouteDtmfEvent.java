package io.quarkiverse.engagevoice.client.model.routing;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * What a cloud route profile does when the caller presses a key (the API's {@code CloudRouteDtmfEvent}). Properties not
 * declared here are kept.
 */
public class CloudRouteDtmfEvent extends ApiObject {

    private Integer cloudRouteDtmfId;
    private Integer dtmfCode;
    private String dtmfEventData;

    public CloudRouteDtmfEvent() {
    }

    /** A key and its action: the body of a create. */
    public static CloudRouteDtmfEvent of(int dtmfCode, String dtmfEventData) {
        CloudRouteDtmfEvent e = new CloudRouteDtmfEvent();
        e.setDtmfCode(dtmfCode);
        e.setDtmfEventData(dtmfEventData);
        return e;
    }

    public Integer getCloudRouteDtmfId() {
        return cloudRouteDtmfId;
    }

    public void setCloudRouteDtmfId(Integer cloudRouteDtmfId) {
        this.cloudRouteDtmfId = cloudRouteDtmfId;
    }

    /** The key, as a number. */
    public Integer getDtmfCode() {
        return dtmfCode;
    }

    public void setDtmfCode(Integer dtmfCode) {
        this.dtmfCode = dtmfCode;
    }

    /** The action and its argument. */
    public String getDtmfEventData() {
        return dtmfEventData;
    }

    public void setDtmfEventData(String dtmfEventData) {
        this.dtmfEventData = dtmfEventData;
    }

    @Override
    public String toString() {
        return "CloudRouteDtmfEvent[" + cloudRouteDtmfId + ", " + dtmfCode + "]";
    }
}
