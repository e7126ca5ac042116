package io.quarkiverse.engagevoice.mockserver.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.quarkiverse.engagevoice.mockserver.internal.admin.SimulatorControls;
import io.quarkiverse.engagevoice.mockserver.internal.http.HttpFrontEnd;
import io.quarkiverse.engagevoice.mockserver.internal.model.Layout;
import io.quarkiverse.engagevoice.mockserver.internal.routing.Route;
import io.quarkiverse.engagevoice.mockserver.wire.Fault;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/** A simulator running in this process: the engine and the HTTP server in front of it. */
public final class EmbeddedSimulator implements SimulatorControls {

    private final SimulatorEngine engine;
    private final HttpFrontEnd frontEnd;

    private EmbeddedSimulator(SimulatorEngine engine, HttpFrontEnd frontEnd) {
        this.engine = engine;
        this.frontEnd = frontEnd;
    }

    /** Starts a simulator; returns once it listens on {@code host} and {@code port} (0: one the system picks). */
    public static EmbeddedSimulator start(Layout layout, Duration tokenTtl, Clock clock, int journalLimit, String host,
            int port) {
        SimulatorEngine engine = new SimulatorEngine(layout, tokenTtl, clock, journalLimit);
        return new EmbeddedSimulator(engine, HttpFrontEnd.start(engine, host, port));
    }

    public int port() {
        return frontEnd.port();
    }

    /** The operations served, for the conformance tests. */
    public List<Route> routes() {
        return engine.routes();
    }

    @Override
    public Layout layout() {
        return engine.layout();
    }

    @Override
    public Duration tokenTtl() {
        return engine.tokenTtl();
    }

    @Override
    public List<RecordedRequest> journal() {
        return engine.journal().snapshot();
    }

    @Override
    public void clearJournal() {
        engine.journal().clear();
    }

    @Override
    public void addFault(Fault fault) {
        engine.addFault(fault);
    }

    @Override
    public void clearFaults() {
        engine.faults().clear();
    }

    @Override
    public void reset() {
        engine.reset();
    }

    @Override
    public void close() {
        frontEnd.close();
    }
}
