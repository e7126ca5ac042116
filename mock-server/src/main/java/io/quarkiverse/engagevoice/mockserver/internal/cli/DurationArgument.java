package io.quarkiverse.engagevoice.mockserver.internal.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations given on the command line: {@code 500ms}, {@code 300s}, {@code 5m}, {@code 1h} or ISO-8601. */
public final class DurationArgument {

    private static final Pattern SHORT_FORM = Pattern.compile("(\\d+)(ms|s|m|h)");

    private DurationArgument() {
    }

    /** A positive duration, or an {@link IllegalArgumentException} saying what is accepted. */
    public static Duration parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        Duration duration;
        Matcher matcher = SHORT_FORM.matcher(value);
        if (matcher.matches()) {
            long amount;
            try {
                amount = Long.parseLong(matcher.group(1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the number is too large");
            }
            duration = switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        } else {
            try {
                duration = Duration.parse(text.trim().toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("expected a duration such as 300s, 5m, 1h or PT5M");
            }
        }
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("the duration must be positive");
        }
        return duration;
    }
}
