package io.quarkiverse.engagevoice.client.model.queues;

/**
 * The kinds of special caller number of a queue, the {@code type} query parameter of the special-ANI operations. Sent
 * by {@link #value()} (which {@link #toString()} returns), since the API's {@code S-ANI} is no Java name.
 */
public enum SpecialAniType {
    /** Routed to the queue's special-ANI event. */
    SPECIAL_ANI("S-ANI"),
    /** Limited in how often it may call the queue. */
    THROTTLE("THROTTLE");

    private final String value;

    SpecialAniType(String value) {
        this.value = value;
    }

    /** The name on the wire. */
    public String value() {
        return value;
    }

    /** The type named {@code value} on the wire, for a server or a converter reading the parameter back. */
    public static SpecialAniType fromString(String value) {
        for (SpecialAniType t : values()) {
            if (t.value.equals(value) || t.name().equals(value)) {
                return t;
            }
        }
        throw new IllegalArgumentException("not a special ANI type: " + value);
    }

    @Override
    public String toString() {
        return value;
    }
}
