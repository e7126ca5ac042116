package io.quarkiverse.engagevoice.client.model.routing;

/**
 * The kinds of cloud route destination: the {@code cloudDestinationType} query parameter of the DNIS override
 * operations, and the {@code destinationType} of {@link CloudRouteDestination} and
 * {@link CloudRouteAssignedDestination}. Sent by name.
 */
public enum CloudDestinationType {
    /** A phone number. */
    STANDARD,
    /** A direct inward dialling number. */
    DID,
    /** A SIP address. */
    SIP,
    /** A DID inside the RingCentral network. */
    IN_NETWORK_DID,
    /** A queue of the account. */
    ACD,
    /** An IVR of the account. */
    IVR,
    /** An IVR Studio flow. */
    IVR_STUDIO
}
