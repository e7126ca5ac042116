package io.quarkiverse.engagevoice.client.internal;

import java.time.Duration;

/** Durations as people write them: {@code 10 s}, {@code 15 min}. */
final class Durations {

    private Durations() {
    }

    static String text(Duration d) {
        long s = d.toSeconds();
        if (s >= 60 && s % 60 == 0) {
            return s / 60 + " min";
        }
        return s > 0 && d.toMillisPart() == 0 ? s + " s" : d.toMillis() + " ms";
    }
}
