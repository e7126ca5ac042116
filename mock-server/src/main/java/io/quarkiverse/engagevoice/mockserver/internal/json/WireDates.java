package io.quarkiverse.engagevoice.mockserver.internal.json;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Dates as Engage Voice writes them in admin resources: {@code 2020-05-15T20:38:13.686+0000}. */
public final class WireDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx")
            .withZone(ZoneOffset.UTC);

    private WireDates() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
