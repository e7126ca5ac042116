package io.quarkiverse.engagevoice.client.auth;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNTS;
import static io.quarkiverse.engagevoice.client.testing.WireTests.EXCHANGE;
import static io.quarkiverse.engagevoice.client.testing.WireTests.REFRESH;
import static io.quarkiverse.engagevoice.client.testing.WireTests.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.Credentials;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.api.ApiTokensApi;
import io.quarkiverse.engagevoice.client.error.AuthenticationFailedException;
import io.quarkiverse.engagevoice.client.testing.WireTests;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.ManualClock;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.wire.Fault;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/**
 * Every flow end to end with all java.util.logging at ALL, captured: no token, password, JWT, client secret or
 * refresh token appears in any log record (message, parameters, exception), in any exception or in any
 * {@code toString()}. The only records not checked are the HTTP transport's dump of the bytes it sends (see
 * {@link #isTransportDump}).
 */
class SecretsNeverLeakWireTest {

    private static final String WRONG_PASSWORD = "Wrong-Pass-2024!";

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            records.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Map<String, Level> previousLevels = new java.util.HashMap<>();
    private final ManualClock clock = WireTests.clock();
    private final List<EngageVoiceSimulator> sims = new ArrayList<>();

    @BeforeEach
    void captureEverything() {
        capture.setLevel(Level.ALL);
        for (String name : List.of("", "io.quarkiverse", "org.jboss", "org.apache", "org.eclipse", "jakarta", "java",
                "sun")) {
            Logger logger = Logger.getLogger(name);
            previousLevels.put(name, logger.getLevel());
            logger.setLevel(Level.ALL);
        }
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void restore() {
        Logger.getLogger("").removeHandler(capture);
        previousLevels.forEach((name, level) -> Logger.getLogger(name).setLevel(level));
        sims.forEach(EngageVoiceSimulator::close);
    }

    private EngageVoiceSimulator start(boolean legacy) {
        EngageVoiceSimulator sim = WireTests.start(clock, legacy);
        sims.add(sim);
        return sim;
    }

    @Test
    void noSecretInAnyLogLineExceptionOrToString() {
        List<Object> shown = new ArrayList<>();
        Set<String> secrets = new LinkedHashSet<>(List.of(SimulatorCredentials.RC_CLIENT_SECRET,
                SimulatorCredentials.RC_JWT_ASSERTION, SimulatorCredentials.ENGAGE_PASSWORD,
                SimulatorCredentials.LEGACY_PASSWORD, WRONG_PASSWORD, Base64.getEncoder().encodeToString(
                        (SimulatorCredentials.RC_CLIENT_ID + ":" + SimulatorCredentials.RC_CLIENT_SECRET)
                                .getBytes(StandardCharsets.UTF_8))));

        // RingCentral JWT: grant, exchange, calls, refresh ahead of expiry, refresh on expiry, a 401 replay,
        // a refused refresh falling back to an exchange, API tokens
        EngageVoiceSimulator current = start(false);
        InMemoryTokenStore store = new InMemoryTokenStore();
        EngageVoiceClient jwt = WireTests.clientBuilder(current, clock)
                .credentials(
                        Credentials.ringCentralJwt(SimulatorCredentials.RC_CLIENT_ID, SimulatorCredentials.RC_CLIENT_SECRET,
                                SimulatorCredentials.RC_JWT_ASSERTION, current.baseUrl()))
                .tokenStore(store).build();
        AccountsApi accounts = jwt.api(AccountsApi.class);
        accounts.list();
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        accounts.list();
        current.addFault(Fault.builder().method("GET").pathPattern(ACCOUNTS).status(401).body("Jwt is expired").build());
        accounts.list();
        current.addFault(Fault.builder().method("POST").pathPattern(REFRESH).status(401).body("Invalid refresh token")
                .build());
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        accounts.list();
        String apiToken = jwt.api(ApiTokensApi.class).create();
        secrets.add(apiToken);
        jwt.api(ApiTokensApi.class).revoke(apiToken);
        shown.add(jwt);
        shown.add(jwt.tokenProvider());
        shown.add(store);
        shown.add(store.load(WireTests.managed(jwt).tokenStoreKey()).toCompletableFuture().join().orElseThrow());
        shown.add(WireTests.managed(jwt).currentCredential().orElseThrow());
        shown.add(jwt.api(AccountsApi.class));

        // Engage login, right and wrong
        EngageVoiceClient engage = WireTests.clientBuilder(current, clock)
                .credentials(Credentials.engageLogin(SimulatorCredentials.ENGAGE_USERNAME, SimulatorCredentials.ENGAGE_PASSWORD,
                        null))
                .build();
        engage.api(AccountsApi.class).list();
        EngageVoiceClient wrong = WireTests.clientBuilder(current, clock)
                .credentials(Credentials.engageLogin(SimulatorCredentials.ENGAGE_USERNAME, WRONG_PASSWORD, null)).build();
        shown.add(catchFailure(() -> wrong.api(AccountsApi.class).list()));
        EngageVoiceClient wrongSecret = WireTests.clientBuilder(current, clock)
                .credentials(Credentials.ringCentralJwt(SimulatorCredentials.RC_CLIENT_ID, WRONG_PASSWORD,
                        SimulatorCredentials.RC_JWT_ASSERTION, current.baseUrl()))
                .build();
        shown.add(catchFailure(() -> wrongSecret.api(AccountsApi.class).list()));
        // a server that cannot be reached
        EngageVoiceClient unreachable = EngageVoiceClient.builder().server("http://127.0.0.1:1").clock(clock)
                .credentials(Credentials.engageLogin(SimulatorCredentials.ENGAGE_USERNAME, SimulatorCredentials.ENGAGE_PASSWORD,
                        null))
                .build();
        shown.add(catchFailure(() -> unreachable.api(AccountsApi.class).list()));

        // legacy login, then a new login when the token stops working
        EngageVoiceSimulator legacy = start(true);
        EngageVoiceClient old = WireTests.clientBuilder(legacy, clock)
                .credentials(Credentials.legacyLogin(SimulatorCredentials.LEGACY_USERNAME, SimulatorCredentials.LEGACY_PASSWORD,
                        false))
                .build();
        old.api(AccountsApi.class).list();
        clock.advance(Duration.ofHours(2));
        old.api(AccountsApi.class).list();
        shown.add(old);
        shown.add(old.tokenProvider());

        // every token that travelled is a secret
        for (EngageVoiceSimulator sim : sims) {
            for (RecordedRequest r : sim.journal()) {
                addToken(secrets, r.header("Authorization"));
                addToken(secrets, r.header("X-Auth-Token"));
                if (r.path().equals(EXCHANGE)) {
                    secrets.add(form(r).get("rcAccessToken"));
                }
                if (r.path().equals(REFRESH)) {
                    secrets.add(form(r).get("refresh_token"));
                }
            }
        }
        store.load(WireTests.managed(jwt).tokenStoreKey()).toCompletableFuture().join()
                .flatMap(StoredToken::refreshToken).ifPresent(secrets::add);
        assertThat(secrets).hasSizeGreaterThan(15);

        List<LogRecord> outsideTransport = records.stream().filter(r -> !isTransportDump(r)).toList();
        String log = render(outsideTransport);
        assertThat(outsideTransport).hasSizeGreaterThan(100);
        assertThat(outsideTransport).extracting(LogRecord::getLoggerName)
                .anyMatch(n -> n.startsWith("io.quarkiverse.engagevoice.client"))
                .anyMatch(n -> n.startsWith("org.jboss.resteasy"))
                .anyMatch(n -> n.startsWith("org.apache.http.impl.conn"));
        assertThat(log).contains("RingCentral JWT: new token by login", "new token by refresh",
                "the token refresh failed", "answered 401; replaying it once", "legacy login: new token by login");
        for (String secret : secrets) {
            assertThat(log).as("the log").doesNotContain(secret);
            for (Object o : shown) {
                assertThat(String.valueOf(o)).doesNotContain(secret);
                if (o instanceof Throwable t) {
                    assertThat(stackTrace(t)).doesNotContain(secret);
                }
            }
        }
        assertThat(shown).filteredOn(AuthenticationFailedException.class::isInstance).hasSize(3);
    }

    /**
     * The HTTP transport's own dump of what it sends: Apache HttpClient (the engine of RESTEasy classic) logs the
     * bytes ({@code org.apache.http.wire}), the headers ({@code org.apache.http.headers}) and the request line
     * ({@code MainClientExec}) at DEBUG. Any transport's wire log shows the credentials it carries (and the Engage
     * login puts the password in the query by the API's design), so these loggers must stay off in production;
     * they are the only records left out here. Everything else is checked: this client, RESTEasy, MicroProfile
     * Rest Client, the connection pool, Vert.x, Netty and the simulator.
     */
    private static boolean isTransportDump(LogRecord r) {
        String name = r.getLoggerName() == null ? "" : r.getLoggerName();
        return name.equals("org.apache.http.wire") || name.equals("org.apache.http.headers")
                || name.equals("org.apache.http.impl.execchain.MainClientExec");
    }

    private static void addToken(Set<String> secrets, String header) {
        if (header != null) {
            secrets.add(header.startsWith("Bearer ") ? header.substring(7) : header);
        }
    }

    private static Throwable catchFailure(Runnable r) {
        try {
            r.run();
            throw new AssertionError("expected a failure");
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** Each record as a handler would print it: formatted message, parameters and the exception's stack trace. */
    private static String render(List<LogRecord> records) {
        SimpleFormatter formatter = new SimpleFormatter();
        StringBuilder b = new StringBuilder();
        for (LogRecord r : records) {
            b.append(r.getLoggerName()).append(' ').append(formatter.format(r)).append(' ').append(r.getMessage());
            if (r.getParameters() != null) {
                for (Object p : r.getParameters()) {
                    b.append(' ').append(p);
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
