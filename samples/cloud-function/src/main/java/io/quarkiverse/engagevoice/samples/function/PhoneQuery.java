package io.quarkiverse.engagevoice.samples.function;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The function's input: a phone number as the caller's system has it, punctuation and all. */
@RegisterForReflection
public record PhoneQuery(String phone) {

    /** The digits of the phone number; rejects a query without one. */
    static String digits(PhoneQuery query) {
        String digits = query == null || query.phone() == null ? "" : query.phone().replaceAll("\\D", "");
        if (digits.length() < 7 || digits.length() > 15) {
            throw new IllegalArgumentException("phone: '" + (query == null ? null : query.phone())
                    + "' is not a phone number (7 to 15 digits)");
        }
        return digits;
    }
}
