package io.quarkiverse.engagevoice.mockserver;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs an {@link EngageVoiceSimulator} for a test class.
 *
 * <pre>
 * {@code
 * &#64;RegisterExtension
 * static EngageVoiceSimulatorExtension sim = EngageVoiceSimulatorExtension.builder().resetBeforeEach(true).build();
 *
 * &#64;Test
 * void lists(EngageVoiceSimulator simulator) { ... sim.baseUrl() ... }
 * }
 * </pre>
 *
 * Registered on a static field, the simulator starts on a free port before all tests and stops after them;
 * registered on an instance field, it runs for each test. Test and lifecycle methods may declare an
 * {@link EngageVoiceSimulator} parameter. Needs JUnit Jupiter on the test class path (an optional dependency of
 * this module).
 */
public final class EngageVoiceSimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private final EngageVoiceSimulator.Builder simulatorBuilder;
    private final boolean resetBeforeEach;
    private EngageVoiceSimulator simulator;
    private String startedBy;

    private EngageVoiceSimulatorExtension(Builder builder) {
        this.simulatorBuilder = builder.simulator;
        this.resetBeforeEach = builder.resetBeforeEach;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The running simulator. */
    public EngageVoiceSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("the simulator runs only while the tests of its class run");
        }
        return simulator;
    }

    public String baseUrl() {
        return simulator().baseUrl();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        startIfNeeded(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!startIfNeeded(context) && resetBeforeEach) {
            simulator.reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stopIfStartedBy(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopIfStartedBy(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EngageVoiceSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return simulator();
    }

    /** Starts once; nested classes and later tests reuse the running simulator. */
    private synchronized boolean startIfNeeded(ExtensionContext context) {
        if (simulator != null) {
            return false;
        }
        simulator = simulatorBuilder.start();
        startedBy = context.getUniqueId();
        return true;
    }

    private synchronized void stopIfStartedBy(ExtensionContext context) {
        if (simulator != null && context.getUniqueId().equals(startedBy)) {
            simulator.close();
            simulator = null;
            startedBy = null;
        }
    }

    /** Configures the simulator the extension runs. */
    public static final class Builder {
        private final EngageVoiceSimulator.Builder simulator = EngageVoiceSimulator.builder();
        private boolean resetBeforeEach;

        private Builder() {
        }

        public Builder port(int port) {
            simulator.port(port);
            return this;
        }

        public Builder legacy(boolean legacy) {
            simulator.legacy(legacy);
            return this;
        }

        public Builder tokenTtl(Duration tokenTtl) {
            simulator.tokenTtl(tokenTtl);
            return this;
        }

        public Builder clock(Clock clock) {
            simulator.clock(clock);
            return this;
        }

        public Builder journalLimit(int journalLimit) {
            simulator.journalLimit(journalLimit);
            return this;
        }

        /** Resets the simulator (data, journal, faults, rate limits) before each test. */
        public Builder resetBeforeEach(boolean resetBeforeEach) {
            this.resetBeforeEach = resetBeforeEach;
            return this;
        }

        public EngageVoiceSimulatorExtension build() {
            return new EngageVoiceSimulatorExtension(this);
        }
    }
}
