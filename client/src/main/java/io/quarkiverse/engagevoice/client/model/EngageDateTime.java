package io.quarkiverse.engagevoice.client.model;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;

/**
 * The API's date-times: {@code 2020-05-08T14:40:47.000+0000} (offset without colon), ISO offsets with a colon or
 * {@code Z}, epoch milliseconds and date objects carrying {@code millis}. Written back in the API's own form. Needs no Jackson module, so it works with
 * whatever ObjectMapper the runtime provides.
 */
public final class EngageDateTime {

    /** The form the API writes: {@code yyyy-MM-dd'T'HH:mm:ss.SSSZ}. */
    public static final DateTimeFormatter API_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private EngageDateTime() {
    }

    /** Parses any of the forms above; a value without an offset is taken as UTC. */
    public static OffsetDateTime parse(String text) {
        String t = text.strip();
        if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochMilli(Long.parseLong(t)).atOffset(ZoneOffset.UTC);
        }
        var parsed = LENIENT.parseBest(t, OffsetDateTime::from, java.time.LocalDateTime::from);
        return parsed instanceof OffsetDateTime o ? o : ((java.time.LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
    }

    public static final class Deserializer extends JsonDeserializer<OffsetDateTime> {
        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return Instant.ofEpochMilli(p.getLongValue()).atOffset(ZoneOffset.UTC);
            }
            if (p.currentToken() == JsonToken.START_OBJECT) {
                // a server-side date object written field by field: its epoch milliseconds are the instant
                JsonNode fields = p.readValueAsTree();
                JsonNode millis = fields.path("millis");
                return millis.canConvertToLong()
                        ? Instant.ofEpochMilli(millis.asLong()).atOffset(ZoneOffset.UTC)
                        : (OffsetDateTime) ctxt.handleUnexpectedToken(OffsetDateTime.class, JsonToken.START_OBJECT, p,
                                "an Engage Voice date-time object without millis: %s", fields);
            }
            String text = p.getValueAsString();
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return parse(text);
            } catch (DateTimeParseException e) {
                return (OffsetDateTime) ctxt.handleWeirdStringValue(OffsetDateTime.class, text,
                        "not an Engage Voice date-time: %s", e.getMessage());
            }
        }
    }

    public static final class Serializer extends JsonSerializer<OffsetDateTime> {
        @Override
        public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(API_FORMAT.format(value));
        }
    }
}
