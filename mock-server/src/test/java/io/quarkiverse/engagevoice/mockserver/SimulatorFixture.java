package io.quarkiverse.engagevoice.mockserver;

import java.time.Instant;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The simulator of one test class, on a manual clock, with a {@link TestHttp} to it: started before the class, reset
 * (data, journal, faults, rate limits) and its clock set back to {@link #START} before each test, stopped after the
 * class.
 */
final class SimulatorFixture implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    /** Where the clock stands at the start of each test. */
    static final Instant START = Instant.parse("2025-03-01T10:00:00Z");

    private final boolean legacy;
    private ManualClock clock;
    private EngageVoiceSimulator simulator;
    private TestHttp http;

    private SimulatorFixture(boolean legacy) {
        this.legacy = legacy;
    }

    /** A simulator of the current layout. */
    static SimulatorFixture current() {
        return new SimulatorFixture(false);
    }

    /** A simulator of the legacy layout. */
    static SimulatorFixture legacy() {
        return new SimulatorFixture(true);
    }

    ManualClock clock() {
        return clock;
    }

    EngageVoiceSimulator simulator() {
        return simulator;
    }

    TestHttp http() {
        return http;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        clock = new ManualClock(START);
        simulator = EngageVoiceSimulator.builder().legacy(legacy).clock(clock).start();
        http = new TestHttp(simulator);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        clock.set(START);
        simulator.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        simulator.close();
    }
}
