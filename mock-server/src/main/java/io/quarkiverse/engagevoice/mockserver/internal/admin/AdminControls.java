package io.quarkiverse.engagevoice.mockserver.internal.admin;

import java.time.Duration;

import io.quarkiverse.engagevoice.mockserver.internal.http.FaultList;
import io.quarkiverse.engagevoice.mockserver.internal.http.Journal;
import io.quarkiverse.engagevoice.mockserver.internal.model.Layout;
import io.quarkiverse.engagevoice.mockserver.wire.Fault;

/** What the admin endpoints act on; the composition root (the engine) provides it. */
public interface AdminControls {

    Layout layout();

    Duration tokenTtl();

    Journal journal();

    FaultList faults();

    void addFault(Fault fault);

    /** Data back to the seed; journal, faults and rate-limit windows cleared. */
    void reset();
}
