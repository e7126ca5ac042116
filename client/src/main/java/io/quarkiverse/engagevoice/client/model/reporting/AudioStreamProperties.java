package io.quarkiverse.engagevoice.client.model.reporting;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/** The audio format of a media stream (the API's {@code AudioStreamProperties}). */
public class AudioStreamProperties extends ApiObject {

    private String encoding;
    private Integer rate;
    private Integer ptime;

    public AudioStreamProperties() {
    }

    public static AudioStreamProperties of(String encoding, Integer rate, Integer ptime) {
        AudioStreamProperties p = new AudioStreamProperties();
        p.setEncoding(encoding);
        p.setRate(rate);
        p.setPtime(ptime);
        return p;
    }

    /** The encoding, such as {@code PCMU} or {@code L16}. */
    public String getEncoding() {
        return encoding;
    }

    public void setEncoding(String encoding) {
        this.encoding = encoding;
    }

    /** The sample rate in Hz. */
    public Integer getRate() {
        return rate;
    }

    public void setRate(Integer rate) {
        this.rate = rate;
    }

    /** The packet time in milliseconds. */
    public Integer getPtime() {
        return ptime;
    }

    public void setPtime(Integer ptime) {
        this.ptime = ptime;
    }

    @Override
    public String toString() {
        return "AudioStreamProperties[" + encoding + ", " + rate + " Hz, " + ptime + " ms]";
    }
}
