package io.quarkiverse.engagevoice.client.model.admin;

/** How the server finds a lead's time zone when a lead is written ({@code timezoneOption}). */
public enum TimezoneOption {
    /** From the area code and exchange of the phone number. */
    NPA_NXX,
    /** From the lead's zip code. */
    ZIPCODE,
    /** The time zone given in the lead. */
    EXPLICIT,
    NOT_APPLICABLE
}
