package io.quarkiverse.engagevoice.client.auth;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.engagevoice.client.api.auth.EngageAuthApi;
import io.quarkiverse.engagevoice.client.api.auth.LegacyAuthApi;
import io.quarkiverse.engagevoice.client.api.auth.RingCentralOAuthApi;
import io.quarkiverse.engagevoice.client.error.AuthenticationFailedException;
import io.quarkiverse.engagevoice.client.error.AuthenticationThrottledException;
import io.quarkiverse.engagevoice.client.internal.http.Closing;
import io.quarkiverse.engagevoice.client.internal.http.HiddenRetries;
import io.quarkiverse.engagevoice.client.internal.http.ModelJson;
import io.quarkiverse.engagevoice.client.internal.http.UserAgentFilter;

/**
 * The HTTP side of the login flows: Rest Clients for the authentication endpoints (built lazily, from the same
 * Rest Client builders as the API, so TLS and proxy settings apply; with the client's User-Agent; without any
 * authentication filter or exception mapper, so an authentication call can never trigger another one), and the
 * reading of their answers into JSON or {@link AuthenticationFailedException}s free of secrets.
 */
public final class AuthEndpoints {

    /** Rest Client property of the MicroProfile specification that turns the default exception mapper off. */
    static final String DISABLE_DEFAULT_MAPPER = "microprofile.rest.client.disable.default.mapper";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI engageBaseUri;
    private final URI ringCentralBaseUri;
    private final Supplier<RestClientBuilder> builders;
    private final String userAgent;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private volatile EngageAuthApi engage;
    private volatile LegacyAuthApi legacy;
    private volatile RingCentralOAuthApi ringCentral;

    /**
     * @param engageBaseUri the Engage Voice server's base URI (host root, no API root)
     * @param ringCentralBaseUri the RingCentral platform's base URI, used by the JWT grant only
     * @param builders where Rest Client builders come from
     * @param userAgent the client's (already validated) User-Agent
     */
    public AuthEndpoints(URI engageBaseUri, URI ringCentralBaseUri, Supplier<RestClientBuilder> builders, String userAgent,
            Duration connectTimeout, Duration readTimeout) {
        this.engageBaseUri = Objects.requireNonNull(engageBaseUri, "engageBaseUri");
        this.ringCentralBaseUri = Objects.requireNonNull(ringCentralBaseUri, "ringCentralBaseUri");
        this.builders = Objects.requireNonNull(builders, "builders");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
    }

    public URI engageBaseUri() {
        return engageBaseUri;
    }

    public URI ringCentralBaseUri() {
        return ringCentralBaseUri;
    }

    EngageAuthApi engage() {
        EngageAuthApi api = engage;
        if (api == null) {
            synchronized (this) {
                if (engage == null) {
                    engage = build(engageBaseUri, EngageAuthApi.class);
                }
                api = engage;
            }
        }
        return api;
    }

    LegacyAuthApi legacy() {
        LegacyAuthApi api = legacy;
        if (api == null) {
            synchronized (this) {
                if (legacy == null) {
                    legacy = build(engageBaseUri, LegacyAuthApi.class);
                }
                api = legacy;
            }
        }
        return api;
    }

    RingCentralOAuthApi ringCentral() {
        RingCentralOAuthApi api = ringCentral;
        if (api == null) {
            synchronized (this) {
                if (ringCentral == null) {
                    ringCentral = build(ringCentralBaseUri, RingCentralOAuthApi.class);
                }
                api = ringCentral;
            }
        }
        return api;
    }

    private <T> T build(URI base, Class<T> type) {
        return HiddenRetries.disable(builders.get())
                .baseUri(base)
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .property(DISABLE_DEFAULT_MAPPER, Boolean.TRUE)
                .register(new UserAgentFilter(userAgent), UserAgentFilter.PRIORITY)
                .register(ModelJson.provider(), ModelJson.contracts())
                .build(type);
    }

    /** Releases the connections of the authentication Rest Clients built so far. */
    public synchronized void close() {
        Closing.quietly(engage);
        Closing.quietly(legacy);
        Closing.quietly(ringCentral);
        engage = null;
        legacy = null;
        ringCentral = null;
    }

    /** One authentication step, for messages: flow, step and request (method and path template, no query). */
    record Step(String flow, String step, String request) {

        AuthenticationFailedException failed(String problem, Throwable cause) {
            return AuthenticationFailedException.builder(flow, step).request(request).problem(problem).cause(cause)
                    .build();
        }
    }

    /**
     * Runs an authentication request and reads a 2xx answer as a JSON object. Anything else fails the stage with an
     * {@link AuthenticationFailedException} ({@link AuthenticationThrottledException} for 429) in which every one
     * of {@code secrets} is masked.
     */
    CompletionStage<JsonNode> call(Step step, Supplier<CompletionStage<Response>> request, Collection<String> secrets) {
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        CompletionStage<Response> sent;
        try {
            sent = request.get();
        } catch (RuntimeException e) {
            result.completeExceptionally(failure(step, null, e, secrets));
            return result;
        }
        sent.whenComplete((response, error) -> {
            try {
                if (error != null) {
                    Throwable t = Secrets.unwrap(error);
                    if (t instanceof WebApplicationException w && w.getResponse() != null) {
                        result.complete(read(step, w.getResponse(), secrets));
                    } else {
                        result.completeExceptionally(failure(step, null, t, secrets));
                    }
                } else {
                    result.complete(read(step, response, secrets));
                }
            } catch (Throwable t) {
                result.completeExceptionally(t instanceof AuthenticationFailedException ? t : failure(step, null, t, secrets));
            }
        });
        return result;
    }

    private static JsonNode read(Step step, Response response, Collection<String> secrets) {
        if (response == null) {
            throw step.failed("no answer", null);
        }
        int status = response.getStatus();
        String body;
        try {
            body = response.hasEntity() ? response.readEntity(String.class) : null;
        } catch (RuntimeException e) {
            body = null;
        } finally {
            response.close();
        }
        if (status >= 200 && status < 300) {
            JsonNode json = parse(body);
            if (json == null) {
                throw step.failed("the " + status + " answer is not a JSON object", null);
            }
            return json;
        }
        String masked = Secrets.mask(body, secrets);
        String reason = response.getStatusInfo() == null ? null : response.getStatusInfo().getReasonPhrase();
        String message = serverMessage(masked);
        if (status == 429) {
            long given = retryAfterSeconds(response.getHeaderString("Retry-After"));
            long retryAfter = given >= 0 ? given : ManagedTokenProvider.DEFAULT_BACKOFF.toSeconds();
            throw AuthenticationFailedException.builder(step.flow(), step.step()).request(step.request())
                    .status(status, reason).serverMessage(message).body(masked).retryAfterSeconds(retryAfter)
                    .problem("the server's rate limit was hit; the client backs off for " + retryAfter + " s"
                            + (given >= 0 ? " (Retry-After)" : " (the default: the server gave no Retry-After)"))
                    .throttled();
        }
        throw AuthenticationFailedException.builder(step.flow(), step.step()).request(step.request())
                .status(status, reason).serverMessage(message).body(masked)
                .problem((status == 401 || status == 403) && !LoginFlows.REFRESH.equals(step.request())
                        ? "check the credentials"
                        : null)
                .build();
    }

    private static AuthenticationFailedException failure(Step step, String problem, Throwable t,
            Collection<String> secrets) {
        return step.failed(problem != null ? problem
                : "no answer: " + Secrets.mask(t.getClass().getSimpleName()
                        + (t.getMessage() == null ? "" : ": " + t.getMessage()), secrets),
                Secrets.sanitize(t, secrets));
    }

    /** The server's message in any of the shapes the Engage and RingCentral servers use, else the text itself. */
    static String serverMessage(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonNode json = parse(body);
        if (json == null) {
            String text = body.strip();
            return text.length() > 300 ? text.substring(0, 300) + "..." : text;
        }
        for (String field : new String[] { "generalMessage", "message", "errorMessage", "error_description", "error",
                "errorCode" }) {
            String v = text(json, field);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    static JsonNode parse(String body) {
        if (body == null || !body.stripLeading().startsWith("{")) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    private static long retryAfterSeconds(String value) {
        if (value == null || value.isBlank()) {
            return -1;
        }
        String v = value.strip();
        return v.chars().allMatch(Character::isDigit) && v.length() < 10 ? Long.parseLong(v) : -1;
    }

    /** An {@code application/x-www-form-urlencoded} body: UTF-8, every name and value encoded. */
    static String form(String... namesAndValues) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                continue;
            }
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return "AuthEndpoints[" + engageBaseUri + ", RingCentral " + ringCentralBaseUri.toString().toLowerCase(Locale.ROOT)
                + "]";
    }
}
