package io.quarkiverse.engagevoice.client.model.queues;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.Gate;

/**
 * A step of what a caller hears while waiting in a queue, played in {@code eventRank} order: {@code queueEvent} is
 * {@code ACTION:argument}, such as {@code PLAY-AUDIO-LOOP:holdmusic} or {@code END-CALL:true}. Properties not declared
 * here are kept.
 */
public class GateQueueEvent extends ApiObject {

    private Integer eventId;
    private Integer eventRank;
    private String queueEvent;
    private Integer eventDuration;
    private Integer enableDtmf;
    private Gate gate;

    public GateQueueEvent() {
    }

    /** An event for a create: {@code queueEvent} ({@code ACTION:argument}) lasting {@code eventDuration} seconds. */
    public static GateQueueEvent of(String queueEvent, int eventDuration) {
        GateQueueEvent e = new GateQueueEvent();
        e.setQueueEvent(queueEvent);
        e.setEventDuration(eventDuration);
        return e;
    }

    public Integer getEventId() {
        return eventId;
    }

    public void setEventId(Integer eventId) {
        this.eventId = eventId;
    }

    /** Zero-based position in the queue's sequence. */
    public Integer getEventRank() {
        return eventRank;
    }

    public void setEventRank(Integer eventRank) {
        this.eventRank = eventRank;
    }

    /** {@code ACTION:argument}. */
    public String getQueueEvent() {
        return queueEvent;
    }

    public void setQueueEvent(String queueEvent) {
        this.queueEvent = queueEvent;
    }

    /** Seconds. */
    public Integer getEventDuration() {
        return eventDuration;
    }

    public void setEventDuration(Integer eventDuration) {
        this.eventDuration = eventDuration;
    }

    /**
     * {@code 1} when the caller may press keys (see the DTMF events), {@code 0} when not. The OpenAPI file types it
     * as a base64 string ({@code format: byte}); servers send a number.
     */
    public Integer getEnableDtmf() {
        return enableDtmf;
    }

    public void setEnableDtmf(Integer enableDtmf) {
        this.enableDtmf = enableDtmf;
    }

    /** The queue, as the server sends it. */
    public Gate getGate() {
        return gate;
    }

    public void setGate(Gate gate) {
        this.gate = gate;
    }

    @Override
    public String toString() {
        return "GateQueueEvent[" + eventId + ", " + queueEvent + "]";
    }
}
