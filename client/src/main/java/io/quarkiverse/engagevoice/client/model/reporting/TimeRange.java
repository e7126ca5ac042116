package io.quarkiverse.engagevoice.client.model.reporting;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/** A date relative to now in a {@link ReportCriteria} (the API's {@code TimeRange}): {@code rangeValue} units of {@code rangeType}. */
public class TimeRange extends ApiObject {

    private String rangeType;
    private Integer rangeValue;
    private Boolean rangeValueValid;

    public TimeRange() {
    }

    /** {@code MINUTE}, {@code HOUR}, {@code DAY}, {@code WEEK}, {@code MONTH}, {@code YEAR} or {@code NOW}. */
    public String getRangeType() {
        return rangeType;
    }

    public void setRangeType(String rangeType) {
        this.rangeType = rangeType;
    }

    public Integer getRangeValue() {
        return rangeValue;
    }

    public void setRangeValue(Integer rangeValue) {
        this.rangeValue = rangeValue;
    }

    public Boolean getRangeValueValid() {
        return rangeValueValid;
    }

    public void setRangeValueValid(Boolean rangeValueValid) {
        this.rangeValueValid = rangeValueValid;
    }

    @Override
    public String toString() {
        return "TimeRange[" + rangeValue + " " + rangeType + "]";
    }
}
