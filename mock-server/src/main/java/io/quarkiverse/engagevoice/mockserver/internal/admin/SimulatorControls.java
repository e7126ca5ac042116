package io.quarkiverse.engagevoice.mockserver.internal.admin;

import java.time.Duration;
import java.util.List;

import io.quarkiverse.engagevoice.mockserver.internal.model.Layout;
import io.quarkiverse.engagevoice.mockserver.wire.Fault;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/**
 * What a test drives on a simulator, whether it runs in this process or elsewhere (the Dev Service, another
 * process): its settings, the journal, faults and reset.
 */
public interface SimulatorControls {

    Layout layout();

    Duration tokenTtl();

    List<RecordedRequest> journal();

    void clearJournal();

    void addFault(Fault fault);

    void clearFaults();

    void reset();

    /** Stops the simulator when this process runs it; controls of a simulator elsewhere leave it running. */
    void close();
}
