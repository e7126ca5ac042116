package io.quarkiverse.engagevoice.client.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.engagevoice.client.auth.AuthEndpoints.Step;
import io.quarkiverse.engagevoice.client.error.AuthenticationFailedException;

/**
 * The built-in {@link LoginFlow}s.
 * <ul>
 * <li>{@link #ringCentralJwt}: RingCentral JWT grant, then the Engage token exchange; refresh.</li>
 * <li>{@link #ringCentralToken}: the application supplies the RingCentral access token, then the exchange; refresh.</li>
 * <li>{@link #engageLogin}: the direct Engage login; refresh.</li>
 * <li>{@link #legacyLogin}: the login of legacy servers; the token is sent as {@code X-Auth-Token} and replaced by a
 * new login when the server rejects it.</li>
 * </ul>
 */
public final class LoginFlows {

    static final String EXCHANGE = "POST /api/auth/login/rc/accesstoken";
    static final String REFRESH = "POST /api/auth/token/refresh";
    static final String ENGAGE_LOGIN = "POST /api/auth/login/admin";
    static final String LEGACY_LOGIN = "POST /api/v1/auth/login";
    static final String RC_TOKEN = "POST /restapi/oauth/token";
    static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private LoginFlows() {
    }

    /**
     * RingCentral JWT grant ({@code POST {rc}/restapi/oauth/token}, HTTP Basic {@code clientId:clientSecret}, form
     * {@code grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=<jwt>}) for a RingCentral access token,
     * kept while it is valid, then the token exchange.
     */
    public static LoginFlow ringCentralJwt(AuthEndpoints endpoints, String clientId, String clientSecret, String jwt,
            Clock clock) {
        RingCentralJwtGrant grant = new RingCentralJwtGrant(endpoints, require(clientId, "clientId"),
                require(clientSecret, "clientSecret"), require(jwt, "jwt"), clock);
        return new ExchangeFlow("RingCentral JWT", endpoints, grant, grant::invalidate,
                endpoints.engageBaseUri() + "|rc-jwt|" + endpoints.ringCentralBaseUri() + "|" + clientId + "|"
                        + sha256(jwt),
                Secrets.of(clientSecret, jwt), clock);
    }

    /**
     * The application supplies RingCentral access tokens (asked for one at each exchange), then the token exchange.
     * Nothing tells apart whose tokens the supplier returns, so the flow's {@link LoginFlow#identity() identity} is
     * unique to this instance: clients share a stored token only when given the same explicit store key.
     */
    public static LoginFlow ringCentralToken(AuthEndpoints endpoints,
            Supplier<? extends CompletionStage<String>> rcAccessTokens,
            Clock clock) {
        Objects.requireNonNull(rcAccessTokens, "rcAccessTokens");
        String name = "RingCentral token";
        Step step = new Step(name, "RingCentral access token supplier", null);
        Supplier<CompletionStage<String>> tokens = () -> {
            CompletionStage<String> s;
            try {
                s = rcAccessTokens.get();
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(step.failed("the supplier failed", Secrets.sanitize(e, List.of())));
            }
            if (s == null) {
                return CompletableFuture.failedFuture(step.failed("the supplier returned no stage", null));
            }
            return s.handle((token, error) -> {
                if (error != null) {
                    throw step.failed("the supplier failed", Secrets.sanitize(Secrets.unwrap(error), List.of()));
                }
                if (token == null || token.isBlank()) {
                    throw step.failed("the supplier returned no token", null);
                }
                return token.strip();
            });
        };
        return new ExchangeFlow(name, endpoints, tokens, () -> {
        }, endpoints.engageBaseUri() + "|rc-token|" + java.util.UUID.randomUUID(), List.of(), clock);
    }

    /** The direct Engage login, {@code POST /api/auth/login/admin?username=..&password=..&platformId=..}. */
    public static LoginFlow engageLogin(AuthEndpoints endpoints, String username, String password, String platformId,
            Clock clock) {
        return new EngageLoginFlow(endpoints, require(username, "username"), require(password, "password"),
                platformId == null || platformId.isBlank() ? null : platformId.strip(), clock);
    }

    /**
     * The login of legacy servers, {@code POST {host}/api/v1/auth/login} with form {@code username}, {@code password}
     * and {@code stayLoggedIn}; the {@code authToken} is sent as {@code X-Auth-Token} until the server rejects it.
     */
    public static LoginFlow legacyLogin(AuthEndpoints endpoints, String username, String password, boolean stayLoggedIn,
            Clock clock) {
        return new LegacyLoginFlow(endpoints, require(username, "username"), require(password, "password"), stayLoggedIn,
                clock);
    }

    private static String require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value.strip();
    }

    static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }

    /**
     * The account a current server's login answer belongs to: {@code agentDetails[0].accountId}, else {@code mainAccountId}.
     */
    static String accountId(JsonNode answer) {
        JsonNode agents = answer.get("agentDetails");
        if (agents != null && agents.isArray()) {
            for (JsonNode agent : agents) {
                String id = AuthEndpoints.text(agent, "accountId");
                if (id != null && !id.isBlank()) {
                    return id;
                }
            }
        }
        return AuthEndpoints.text(answer, "mainAccountId");
    }

    /** Reads a current server's token answer (exchange, login, refresh). */
    static StoredToken currentAnswer(Step step, JsonNode answer, StoredToken previous, Clock clock,
            List<String> secrets) {
        String access = AuthEndpoints.text(answer, "accessToken");
        if (access == null || access.isBlank()) {
            String said = AuthEndpoints.serverMessage(answer.toString());
            throw step.failed("the answer holds no accessToken" + (said == null ? "" : ": " + Secrets.mask(said, secrets)),
                    null);
        }
        String refresh = AuthEndpoints.text(answer, "refreshToken");
        if (refresh == null && previous != null) {
            refresh = previous.refreshToken().orElse(null);
        }
        String account = accountId(answer);
        if (account == null && previous != null) {
            account = previous.accountId().orElse(null);
        }
        return StoredToken.bearer(access, refresh, account, clock.instant());
    }

    /** The refresh of current servers, shared by the flows that log in to them. */
    static CompletionStage<StoredToken> refresh(String flow, AuthEndpoints endpoints, StoredToken token, Clock clock,
            List<String> staticSecrets) {
        String refreshToken = token.refreshToken().orElseThrow();
        List<String> secrets = new ArrayList<>(staticSecrets);
        secrets.add(refreshToken);
        secrets.add(token.accessToken());
        Step step = new Step(flow, "token refresh", REFRESH);
        return endpoints
                .call(step, () -> endpoints.engage().refresh(AuthEndpoints.form("refresh_token", refreshToken)), secrets)
                .thenApply(answer -> {
                    StoredToken t = currentAnswer(step, answer, null, clock, secrets);
                    return t.accountId().isPresent() ? t : t.withAccountId(token.accountId().orElse(null));
                });
    }

    /** RingCentral token (from a grant or the application), then the exchange. */
    private static final class ExchangeFlow implements LoginFlow {
        private final String name;
        private final AuthEndpoints endpoints;
        private final Supplier<CompletionStage<String>> rcTokens;
        private final Runnable rcTokenRejected;
        private final String identity;
        private final List<String> secrets;
        private final Clock clock;

        ExchangeFlow(String name, AuthEndpoints endpoints, Supplier<CompletionStage<String>> rcTokens,
                Runnable rcTokenRejected, String identity, List<String> secrets, Clock clock) {
            this.name = name;
            this.endpoints = endpoints;
            this.rcTokens = rcTokens;
            this.rcTokenRejected = rcTokenRejected;
            this.identity = identity;
            this.secrets = List.copyOf(secrets);
            this.clock = clock;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String identity() {
            return identity;
        }

        @Override
        public CompletionStage<StoredToken> login() {
            return rcTokens.get().thenCompose(this::exchange);
        }

        private CompletionStage<StoredToken> exchange(String rcToken) {
            List<String> s = new ArrayList<>(secrets);
            s.add(rcToken);
            Step step = new Step(name, "token exchange", EXCHANGE);
            return endpoints.call(step, () -> endpoints.engage().exchange(true,
                    AuthEndpoints.form("rcAccessToken", rcToken, "rcTokenType", "Bearer")), s)
                    .handle((answer, error) -> {
                        if (error != null) {
                            Throwable t = Secrets.unwrap(error);
                            if (t instanceof AuthenticationFailedException a && (a.status() == 401 || a.status() == 400)) {
                                rcTokenRejected.run();
                            }
                            throw t instanceof RuntimeException r ? r : new IllegalStateException(t);
                        }
                        return currentAnswer(step, answer, null, clock, s);
                    });
        }

        @Override
        public boolean canRefresh(StoredToken token) {
            return token.refreshToken().isPresent();
        }

        @Override
        public CompletionStage<StoredToken> refresh(StoredToken token) {
            return LoginFlows.refresh(name, endpoints, token, clock, secrets);
        }

        @Override
        public String toString() {
            return "LoginFlow[" + name + "]";
        }
    }

    /** The RingCentral JWT grant, whose RingCentral access token is kept until shortly before it expires. */
    private static final class RingCentralJwtGrant implements Supplier<CompletionStage<String>> {
        private static final long MARGIN_MILLIS = 60_000;
        private final AuthEndpoints endpoints;
        private final String basic;
        private final String jwt;
        private final String clientSecret;
        private final Clock clock;
        private volatile Cached cached;

        private record Cached(String token, long validUntil) {
        }

        RingCentralJwtGrant(AuthEndpoints endpoints, String clientId, String clientSecret, String jwt, Clock clock) {
            this.endpoints = endpoints;
            this.basic = "Basic " + Base64.getEncoder()
                    .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
            this.jwt = jwt;
            this.clientSecret = clientSecret;
            this.clock = clock;
        }

        @Override
        public CompletionStage<String> get() {
            Cached c = cached;
            if (c != null && clock.millis() < c.validUntil) {
                return CompletableFuture.completedFuture(c.token);
            }
            Step step = new Step("RingCentral JWT", "RingCentral JWT grant", RC_TOKEN);
            List<String> secrets = Secrets.of(clientSecret, jwt, basic, basic.substring("Basic ".length()));
            return endpoints.call(step, () -> endpoints.ringCentral().token(basic,
                    AuthEndpoints.form("grant_type", JWT_BEARER, "assertion", jwt)), secrets).thenApply(answer -> {
                        String token = AuthEndpoints.text(answer, "access_token");
                        if (token == null || token.isBlank()) {
                            throw step.failed("the answer holds no access_token", null);
                        }
                        JsonNode expiresIn = answer.get("expires_in");
                        long lifetime = expiresIn != null && expiresIn.canConvertToLong() ? expiresIn.asLong() * 1000
                                : 3_600_000;
                        long now = clock.millis();
                        cached = new Cached(token, now + Math.max(lifetime / 2, lifetime - MARGIN_MILLIS));
                        return token;
                    });
        }

        void invalidate() {
            cached = null;
        }
    }

    private static final class EngageLoginFlow implements LoginFlow {
        private final AuthEndpoints endpoints;
        private final String username;
        private final String password;
        private final String platformId;
        private final Clock clock;
        private final List<String> secrets;

        EngageLoginFlow(AuthEndpoints endpoints, String username, String password, String platformId, Clock clock) {
            this.endpoints = endpoints;
            this.username = username;
            this.password = password;
            this.platformId = platformId;
            this.clock = clock;
            this.secrets = Secrets.of(password);
        }

        @Override
        public String name() {
            return "Engage login";
        }

        @Override
        public String identity() {
            return endpoints.engageBaseUri() + "|engage|" + username + "|" + platformId;
        }

        @Override
        public CompletionStage<StoredToken> login() {
            Step step = new Step(name(), "login", ENGAGE_LOGIN);
            return endpoints.call(step, () -> endpoints.engage().loginAdmin(username, password, platformId), secrets)
                    .thenApply(answer -> currentAnswer(step, answer, null, clock, secrets));
        }

        @Override
        public boolean canRefresh(StoredToken token) {
            return token.refreshToken().isPresent();
        }

        @Override
        public CompletionStage<StoredToken> refresh(StoredToken token) {
            return LoginFlows.refresh(name(), endpoints, token, clock, secrets);
        }

        @Override
        public String toString() {
            return "LoginFlow[" + name() + "]";
        }
    }

    private static final class LegacyLoginFlow implements LoginFlow {
        private final AuthEndpoints endpoints;
        private final String username;
        private final String password;
        private final boolean stayLoggedIn;
        private final Clock clock;
        private final List<String> secrets;

        LegacyLoginFlow(AuthEndpoints endpoints, String username, String password, boolean stayLoggedIn, Clock clock) {
            this.endpoints = endpoints;
            this.username = username;
            this.password = password;
            this.stayLoggedIn = stayLoggedIn;
            this.clock = clock;
            this.secrets = Secrets.of(password);
        }

        @Override
        public String name() {
            return "legacy login";
        }

        @Override
        public String identity() {
            return endpoints.engageBaseUri() + "|legacy|" + username;
        }

        @Override
        public CompletionStage<StoredToken> login() {
            Step step = new Step(name(), "login", LEGACY_LOGIN);
            return endpoints.call(step, () -> endpoints.legacy().login(AuthEndpoints.form("username", username,
                    "password", password, "stayLoggedIn", String.valueOf(stayLoggedIn))), secrets).thenApply(answer -> {
                        String token = AuthEndpoints.text(answer, "authToken");
                        if (token == null || token.isBlank()) {
                            String said = AuthEndpoints.serverMessage(answer.toString());
                            throw step.failed("the answer holds no authToken"
                                    + (said == null ? "" : ": " + Secrets.mask(said, secrets)), null);
                        }
                        // the token lives 1 h (2 weeks with stayLoggedIn) from its last use: no fixed expiry
                        return new StoredToken(token, null, AuthScheme.X_AUTH_TOKEN, clock.instant(), null,
                                legacyAccountId(answer));
                    });
        }

        private static String legacyAccountId(JsonNode answer) {
            JsonNode accounts = answer.get("accounts");
            if (accounts != null && accounts.isArray()) {
                for (JsonNode account : accounts) {
                    String id = AuthEndpoints.text(account, "accountId");
                    if (id != null && !id.isBlank()) {
                        return id;
                    }
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return "LoginFlow[" + name() + "]";
        }
    }
}
