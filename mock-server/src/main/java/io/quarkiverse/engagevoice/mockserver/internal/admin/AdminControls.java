package io.quarkiverse.engagevoice.mockserver.internal.admin;

import io.quarkiverse.engagevoice.mockserver.Fault;
import io.quarkiverse.engagevoice.mockserver.internal.http.FaultList;
import io.quarkiverse.engagevoice.mockserver.internal.http.Journal;

/** What the admin endpoints act on; the composition root (the engine) provides it. */
public interface AdminControls {

    Journal journal();

    FaultList faults();

    void addFault(Fault fault);

    /** Data back to the seed; journal, faults and rate-limit windows cleared. */
    void reset();
}
