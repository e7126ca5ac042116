package io.quarkiverse.engagevoice;

import java.util.concurrent.CompletionStage;

/**
 * Supplies RingCentral access tokens that the client exchanges for Engage Voice access tokens. Provide it as a CDI
 * bean (qualified with {@link EngageVoiceClientName} for a named client) when your application already holds a
 * RingCentral session; the client calls it whenever it must exchange a token (at the start, and when a refresh
 * fails).
 */
@FunctionalInterface
public interface RingCentralTokenSupplier {

    /** A currently valid RingCentral access token. */
    CompletionStage<String> get();
}
