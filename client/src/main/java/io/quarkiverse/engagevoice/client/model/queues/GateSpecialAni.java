package io.quarkiverse.engagevoice.client.model.queues;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;

/**
 * A caller number a queue treats specially: a special ANI ({@code S-ANI}) is routed to the queue's special-ANI event,
 * a throttled one ({@code THROTTLE}) is limited in how often it may call. {@link #toString()} leaves out the numbers.
 * Properties not declared here are kept.
 */
public class GateSpecialAni extends ApiObject {

    private String ani;
    private String aniE164;
    private String type;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime dateAdded;
    private Boolean phoneNumbersI18nEnabled;

    public GateSpecialAni() {
    }

    /** A number of the given kind, for a create. */
    public static GateSpecialAni of(SpecialAniType type, String ani) {
        GateSpecialAni a = new GateSpecialAni();
        a.setType(type.value());
        a.setAni(ani);
        return a;
    }

    /** The caller number. */
    public String getAni() {
        return ani;
    }

    public void setAni(String ani) {
        this.ani = ani;
    }

    /** The caller number in E.164 form. */
    public String getAniE164() {
        return aniE164;
    }

    public void setAniE164(String aniE164) {
        this.aniE164 = aniE164;
    }

    /** {@code S-ANI} or {@code THROTTLE}, see {@link SpecialAniType}. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public OffsetDateTime getDateAdded() {
        return dateAdded;
    }

    public void setDateAdded(OffsetDateTime dateAdded) {
        this.dateAdded = dateAdded;
    }

    public Boolean getPhoneNumbersI18nEnabled() {
        return phoneNumbersI18nEnabled;
    }

    public void setPhoneNumbersI18nEnabled(Boolean phoneNumbersI18nEnabled) {
        this.phoneNumbersI18nEnabled = phoneNumbersI18nEnabled;
    }

    @Override
    public String toString() {
        return "GateSpecialAni[" + type + ", added " + dateAdded + "]";
    }
}
