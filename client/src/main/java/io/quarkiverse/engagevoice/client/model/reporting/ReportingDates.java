package io.quarkiverse.engagevoice.client.model.reporting;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;

/**
 * The date forms of the reporting operations, which differ from the rest of the API:
 * <ul>
 * <li>reports ({@code interaction-metadata}, {@code agg-*-stats}) take a local date-time
 * {@code YYYY-MM-DD HH:mm:ss} plus a separate {@code timeZone} name such as {@code US/Eastern}: models hold a
 * {@link LocalDateTime} and a {@link ZoneId};</li>
 * <li>the audit log search takes an ISO offset date-time whose offset is written with a colon and never as
 * {@code Z}, which it rejects ({@code 2024-03-01T00:00:00.000-08:00}, {@code ...+00:00}).</li>
 * </ul>
 * Needs no Jackson module, so it works with whatever ObjectMapper the runtime provides.
 */
public final class ReportingDates {

    /** The reports' form: {@code 2026-03-02 09:00:00}, read in the request's {@code timeZone}. */
    public static final DateTimeFormatter REPORT_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss",
            Locale.ROOT);

    /** The audit search's form: milliseconds and an offset with a colon, {@code +00:00} rather than {@code Z}. */
    public static final DateTimeFormatter AUDIT_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx",
            Locale.ROOT);

    /** The longest window the reports accept: 3 hours. */
    public static final Duration MAX_REPORT_WINDOW = Duration.ofHours(3);

    private ReportingDates() {
    }

    /** {@code 2026-03-02 09:00:00}; seconds kept, fractions of a second dropped. */
    public static String formatReport(LocalDateTime dateTime) {
        return REPORT_FORMAT.format(dateTime);
    }

    public static LocalDateTime parseReport(String text) {
        return LocalDateTime.parse(text.strip(), REPORT_FORMAT);
    }

    /** {@code 2024-03-01T00:00:00.000-08:00}: never {@code Z}. */
    public static String formatAudit(OffsetDateTime dateTime) {
        return AUDIT_FORMAT.format(dateTime);
    }

    /** A zone the reports understand: a region name, not a bare offset. */
    static ZoneId requireRegion(ZoneId zone) {
        if (zone == null || zone instanceof ZoneOffset) {
            throw new IllegalArgumentException("a report needs a time zone name, such as UTC or US/Eastern, not "
                    + zone);
        }
        return zone;
    }

    /** Checks that a window is positive and at most {@link #MAX_REPORT_WINDOW} long. */
    static void requireReportWindow(Duration window, String what) {
        if (window.isNegative() || window.isZero() || window.compareTo(MAX_REPORT_WINDOW) > 0) {
            throw new IllegalArgumentException(what + " must be longer than 0 s and at most 3 hours (10800 s), not "
                    + window.toSeconds() + " s");
        }
    }

    /** Writes a {@link LocalDateTime} as {@code YYYY-MM-DD HH:mm:ss}. */
    public static final class LocalDateTimeSerializer extends JsonSerializer<LocalDateTime> {
        @Override
        public void serialize(LocalDateTime value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(formatReport(value));
        }
    }

    /** Reads {@code YYYY-MM-DD HH:mm:ss}, and ISO {@code YYYY-MM-DDTHH:mm:ss} too. */
    public static final class LocalDateTimeDeserializer extends JsonDeserializer<LocalDateTime> {
        @Override
        public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return text.indexOf('T') > 0 ? LocalDateTime.parse(text.strip()) : parseReport(text);
            } catch (DateTimeParseException e) {
                return (LocalDateTime) ctxt.handleWeirdStringValue(LocalDateTime.class, text,
                        "not a report date-time (YYYY-MM-DD HH:mm:ss): %s", e.getMessage());
            }
        }
    }

    /** Writes a {@link ZoneId} by its name ({@code US/Eastern}). */
    public static final class ZoneSerializer extends JsonSerializer<ZoneId> {
        @Override
        public void serialize(ZoneId value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.getId());
        }
    }

    public static final class ZoneDeserializer extends JsonDeserializer<ZoneId> {
        @Override
        public ZoneId deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return ZoneId.of(text.strip());
            } catch (DateTimeException e) {
                return (ZoneId) ctxt.handleWeirdStringValue(ZoneId.class, text, "not a time zone: %s", e.getMessage());
            }
        }
    }

    /** Writes an {@link OffsetDateTime} in {@link #AUDIT_FORMAT}. */
    public static final class AuditDateTimeSerializer extends JsonSerializer<OffsetDateTime> {
        @Override
        public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider serializers)
                throws IOException {
            gen.writeString(formatAudit(value));
        }
    }
}
