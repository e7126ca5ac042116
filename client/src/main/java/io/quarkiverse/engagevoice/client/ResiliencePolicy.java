package io.quarkiverse.engagevoice.client;

import java.time.Duration;
import java.util.Optional;

import io.quarkiverse.engagevoice.client.spi.ClientSetting;

/**
 * What a client does about failures and the API's limits, executed by SmallRye Fault Tolerance around every API call
 * (never around logins, which have their own limits). On by default:
 * <ul>
 * <li><b>Retries</b> where repeating is safe: {@code GET}, {@code PUT}, {@code DELETE} and {@code POST}s marked
 * {@link io.quarkiverse.engagevoice.client.api.Idempotent @Idempotent}, after {@code 502}, {@code 503}, {@code 504}, a
 * refused connection or one lost before the answer, and after a {@code 429} whose {@code Retry-After} is within
 * {@link #retryAfterCap()}. Exponential backoff with jitter, at most {@link #maxAttempts()} attempts within
 * {@link #maxRetryDuration()}. Other {@code POST}s are sent once.</li>
 * <li><b>A deadline</b> for each call as a whole ({@link #timeout()}), whatever the server trickles.</li>
 * <li><b>The API's documented rate limits</b>, per client and area: a call beyond a window waits up to
 * {@link #rateLimitMaxWait()}, else fails at once with a
 * {@link io.quarkiverse.engagevoice.client.error.RateLimitedException} saying when to come back.</li>
 * <li><b>A circuit breaker</b>, off by default: the client's other protections already bound the load it makes, and
 * an open breaker would fail calls a caller may want to try anyway.</li>
 * </ul>
 * Immutable: every {@code with...} method returns a changed copy; {@link EngageVoiceClient.Builder#build()} checks
 * the values.
 */
public final class ResiliencePolicy {

    private static final ResiliencePolicy DEFAULTS = new ResiliencePolicy(true,
            Integer.parseInt(ClientSetting.Defaults.RETRY_MAX_ATTEMPTS),
            ClientSetting.RETRY_INITIAL_DELAY.defaultDuration(), ClientSetting.RETRY_MAX_DELAY.defaultDuration(),
            ClientSetting.RETRY_MAX_DURATION.defaultDuration(), ClientSetting.RETRY_AFTER_CAP.defaultDuration(),
            ClientSetting.RESILIENCE_TIMEOUT.defaultDuration(), true,
            ClientSetting.RATE_LIMIT_MAX_WAIT.defaultDuration(), null);

    private static final ResiliencePolicy DISABLED = new ResiliencePolicy(false, 1, DEFAULTS.initialDelay,
            DEFAULTS.maxDelay, DEFAULTS.maxRetryDuration, Duration.ZERO, Duration.ZERO, false, Duration.ZERO, null);

    private final boolean enabled;
    private final int maxAttempts;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Duration maxRetryDuration;
    private final Duration retryAfterCap;
    private final Duration timeout;
    private final boolean rateLimits;
    private final Duration rateLimitMaxWait;
    private final CircuitBreaker circuitBreaker;

    private ResiliencePolicy(boolean enabled, int maxAttempts, Duration initialDelay, Duration maxDelay,
            Duration maxRetryDuration, Duration retryAfterCap, Duration timeout, boolean rateLimits,
            Duration rateLimitMaxWait, CircuitBreaker circuitBreaker) {
        this.enabled = enabled;
        this.maxAttempts = maxAttempts;
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
        this.maxRetryDuration = maxRetryDuration;
        this.retryAfterCap = retryAfterCap;
        this.timeout = timeout;
        this.rateLimits = rateLimits;
        this.rateLimitMaxWait = rateLimitMaxWait;
        this.circuitBreaker = circuitBreaker;
    }

    /** Retries, deadline and rate limits on, with the defaults of the settings table; no circuit breaker. */
    public static ResiliencePolicy defaults() {
        return DEFAULTS;
    }

    /** Nothing: one attempt, no deadline but the transport's timeouts, no client-side rate limits. */
    public static ResiliencePolicy disabled() {
        return DISABLED;
    }

    /** How many times a retryable call may be sent, the first included; 1 turns retries off. */
    public ResiliencePolicy withMaxAttempts(int attempts) {
        return new ResiliencePolicy(enabled, attempts, initialDelay, maxDelay, maxRetryDuration, retryAfterCap, timeout,
                rateLimits, rateLimitMaxWait, circuitBreaker);
    }

    /** The backoff before the first retry, doubled for each next one up to {@code max}, each with up to 50% jitter. */
    public ResiliencePolicy withBackoff(Duration initial, Duration max) {
        return new ResiliencePolicy(enabled, maxAttempts, initial, max, maxRetryDuration, retryAfterCap, timeout,
                rateLimits, rateLimitMaxWait, circuitBreaker);
    }

    /** How long retries may go on, from the first attempt. */
    public ResiliencePolicy withMaxRetryDuration(Duration duration) {
        return new ResiliencePolicy(enabled, maxAttempts, initialDelay, maxDelay, duration, retryAfterCap, timeout,
                rateLimits, rateLimitMaxWait, circuitBreaker);
    }

    /** The longest {@code Retry-After} of a {@code 429} that is waited; a longer one fails at once. */
    public ResiliencePolicy withRetryAfterCap(Duration cap) {
        return new ResiliencePolicy(enabled, maxAttempts, initialDelay, maxDelay, maxRetryDuration, cap, timeout,
                rateLimits, rateLimitMaxWait, circuitBreaker);
    }

    /** The deadline of a call as a whole, waits and retries included; zero for none. */
    public ResiliencePolicy withTimeout(Duration deadline) {
        return new ResiliencePolicy(enabled, maxAttempts, initialDelay, maxDelay, maxRetryDuration, retryAfterCap,
                deadline, rateLimits, rateLimitMaxWait, circuitBreaker);
    }

    /**
     * Whether to keep to the API's documented limits, and how long a call beyond one may wait for room; zero fails
     * such a call at once.
     */
    public ResiliencePolicy withRateLimits(boolean on, Duration maxWait) {
        return new ResiliencePolicy(enabled, maxAttempts, initialDelay, maxDelay, maxRetryDuration, retryAfterCap, timeout,
                on, maxWait, circuitBreaker);
    }

    /**
     * A circuit breaker over all the calls of the client: it opens when {@code failureRatio} of the last
     * {@code requestVolume} calls failed with a 5xx or a transport failure, fails calls at once while open, and lets
     * trial calls through after {@code delay}.
     */
    public ResiliencePolicy withCircuitBreaker(int requestVolume, double failureRatio, Duration delay) {
        return new ResiliencePolicy(enabled, maxAttempts, initialDelay, maxDelay, maxRetryDuration, retryAfterCap, timeout,
                rateLimits, rateLimitMaxWait, new CircuitBreaker(requestVolume, failureRatio, delay));
    }

    /** No circuit breaker (the default). */
    public ResiliencePolicy withoutCircuitBreaker() {
        return new ResiliencePolicy(enabled, maxAttempts, initialDelay, maxDelay, maxRetryDuration, retryAfterCap, timeout,
                rateLimits, rateLimitMaxWait, null);
    }

    public boolean enabled() {
        return enabled;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration initialDelay() {
        return initialDelay;
    }

    public Duration maxDelay() {
        return maxDelay;
    }

    public Duration maxRetryDuration() {
        return maxRetryDuration;
    }

    public Duration retryAfterCap() {
        return retryAfterCap;
    }

    public Duration timeout() {
        return timeout;
    }

    public boolean rateLimits() {
        return rateLimits;
    }

    public Duration rateLimitMaxWait() {
        return rateLimitMaxWait;
    }

    public Optional<CircuitBreaker> circuitBreaker() {
        return Optional.ofNullable(circuitBreaker);
    }

    /**
     * The circuit breaker's settings.
     *
     * @param requestVolume how many recent calls are looked at
     * @param failureRatio the share of them that must have failed for the breaker to open
     * @param delay how long the breaker stays open before trial calls
     */
    public record CircuitBreaker(int requestVolume, double failureRatio, Duration delay) {
    }

    /** The first setting that is not usable, as {@code (setting, problem)}; empty when all are. */
    Optional<String[]> problem() {
        if (!enabled) {
            return Optional.empty();
        }
        if (maxAttempts < 1) {
            return Optional.of(new String[] { ClientSetting.RETRY_MAX_ATTEMPTS.property(),
                    "must be 1 or more, was " + maxAttempts });
        }
        Object[][] durations = { { ClientSetting.RETRY_INITIAL_DELAY, initialDelay },
                { ClientSetting.RETRY_MAX_DELAY, maxDelay }, { ClientSetting.RETRY_MAX_DURATION, maxRetryDuration },
                { ClientSetting.RETRY_AFTER_CAP, retryAfterCap }, { ClientSetting.RESILIENCE_TIMEOUT, timeout },
                { ClientSetting.RATE_LIMIT_MAX_WAIT, rateLimitMaxWait } };
        for (Object[] d : durations) {
            ClientSetting setting = (ClientSetting) d[0];
            Optional<String> problem = setting.problem((Duration) d[1]);
            if (problem.isPresent()) {
                return Optional.of(new String[] { setting.property(), problem.get() });
            }
        }
        if (maxDelay.compareTo(initialDelay) < 0) {
            return Optional.of(new String[] { ClientSetting.RETRY_MAX_DELAY.property(),
                    "must not be shorter than " + ClientSetting.RETRY_INITIAL_DELAY.property() + " (" + initialDelay
                            + "), was " + maxDelay });
        }
        if (circuitBreaker != null) {
            if (circuitBreaker.requestVolume() < 1) {
                return Optional.of(new String[] { ClientSetting.CIRCUIT_BREAKER_REQUEST_VOLUME.property(),
                        "must be 1 or more, was " + circuitBreaker.requestVolume() });
            }
            if (!(circuitBreaker.failureRatio() > 0 && circuitBreaker.failureRatio() <= 1)) {
                return Optional.of(new String[] { ClientSetting.CIRCUIT_BREAKER_FAILURE_RATIO.property(),
                        "must be above 0 and at most 1, was " + circuitBreaker.failureRatio() });
            }
            Optional<String> delay = ClientSetting.CIRCUIT_BREAKER_DELAY.problem(circuitBreaker.delay());
            if (delay.isPresent()) {
                return Optional.of(new String[] { ClientSetting.CIRCUIT_BREAKER_DELAY.property(), delay.get() });
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        if (!enabled) {
            return "ResiliencePolicy[disabled]";
        }
        return "ResiliencePolicy[maxAttempts=" + maxAttempts + ", backoff=" + initialDelay + ".." + maxDelay
                + ", maxRetryDuration=" + maxRetryDuration + ", retryAfterCap=" + retryAfterCap + ", timeout=" + timeout
                + ", rateLimits=" + (rateLimits ? "wait up to " + rateLimitMaxWait : "off") + ", circuitBreaker="
                + (circuitBreaker == null ? "off" : circuitBreaker) + "]";
    }
}
