package io.quarkiverse.engagevoice.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Something open on a weekly schedule (queues, tracking numbers, cloud route destinations): one {@code HHmmHHmm}
 * range a day, {@code 00000000} for closed. Properties not declared here are kept.
 */
public abstract class WeeklySchedule extends ApiObject {

    @JsonProperty("sunSched")
    private String sunSched;
    @JsonProperty("monSched")
    private String monSched;
    @JsonProperty("tueSched")
    private String tueSched;
    @JsonProperty("wedSched")
    private String wedSched;
    @JsonProperty("thuSched")
    private String thuSched;
    @JsonProperty("friSched")
    private String friSched;
    @JsonProperty("satSched")
    private String satSched;

    /** Sets the same hours ({@code HHmmHHmm}) for every day of the week. */
    public void openEveryDay(String hours) {
        sunSched = hours;
        monSched = hours;
        tueSched = hours;
        wedSched = hours;
        thuSched = hours;
        friSched = hours;
        satSched = hours;
    }

    /** Opening hours on Sundays as {@code HHmmHHmm}, {@code 00000000} for closed; the same for every day below. */
    public String getSunSched() {
        return sunSched;
    }

    public void setSunSched(String sunSched) {
        this.sunSched = sunSched;
    }

    public String getMonSched() {
        return monSched;
    }

    public void setMonSched(String monSched) {
        this.monSched = monSched;
    }

    public String getTueSched() {
        return tueSched;
    }

    public void setTueSched(String tueSched) {
        this.tueSched = tueSched;
    }

    public String getWedSched() {
        return wedSched;
    }

    public void setWedSched(String wedSched) {
        this.wedSched = wedSched;
    }

    public String getThuSched() {
        return thuSched;
    }

    public void setThuSched(String thuSched) {
        this.thuSched = thuSched;
    }

    public String getFriSched() {
        return friSched;
    }

    public void setFriSched(String friSched) {
        this.friSched = friSched;
    }

    public String getSatSched() {
        return satSched;
    }

    public void setSatSched(String satSched) {
        this.satSched = satSched;
    }
}
