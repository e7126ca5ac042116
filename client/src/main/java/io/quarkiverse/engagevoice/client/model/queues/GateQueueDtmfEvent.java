package io.quarkiverse.engagevoice.client.model.queues;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * What happens when a caller waiting in a queue presses a key during a queue event with DTMF enabled. Properties not
 * declared here are kept.
 */
public class GateQueueDtmfEvent extends ApiObject {

    private Integer dtmfEventId;
    private String dtmf;
    private String dtmfEvent;

    public GateQueueDtmfEvent() {
    }

    /** A key and its action, for a create. */
    public static GateQueueDtmfEvent of(String dtmf, String dtmfEvent) {
        GateQueueDtmfEvent e = new GateQueueDtmfEvent();
        e.setDtmf(dtmf);
        e.setDtmfEvent(dtmfEvent);
        return e;
    }

    public Integer getDtmfEventId() {
        return dtmfEventId;
    }

    public void setDtmfEventId(Integer dtmfEventId) {
        this.dtmfEventId = dtmfEventId;
    }

    /** The key: {@code 0}-{@code 9}, {@code *} or {@code #}. */
    public String getDtmf() {
        return dtmf;
    }

    public void setDtmf(String dtmf) {
        this.dtmf = dtmf;
    }

    /** {@code ACTION:argument}, as a queue event. */
    public String getDtmfEvent() {
        return dtmfEvent;
    }

    public void setDtmfEvent(String dtmfEvent) {
        this.dtmfEvent = dtmfEvent;
    }

    @Override
    public String toString() {
        return "GateQueueDtmfEvent[" + dtmfEventId + ", " + dtmf + "]";
    }
}
