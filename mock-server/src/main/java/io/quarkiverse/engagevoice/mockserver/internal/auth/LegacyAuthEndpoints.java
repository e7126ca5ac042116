package io.quarkiverse.engagevoice.mockserver.internal.auth;

import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.ADMIN_USER_ID;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.LEGACY_PASSWORD;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.LEGACY_USERNAME;

import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.data.ContactCentre;
import io.quarkiverse.engagevoice.mockserver.internal.json.Json;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiException;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiResponse;
import io.quarkiverse.engagevoice.mockserver.internal.routing.Endpoint;
import io.quarkiverse.engagevoice.mockserver.internal.routing.QueryParams;

/**
 * Legacy login, {@code POST /api/v1/auth/login} with form {@code username, password, stayLoggedIn}: answers a
 * {@code UserLoginView} whose {@code authToken} is then sent as {@code X-Auth-Token}.
 */
public final class LegacyAuthEndpoints {

    /** The {@code AccountView} properties, copied from the stored {@code Account}. */
    private static final List<String> ACCOUNT_VIEW_PROPERTIES = List.of("accountId", "accountName",
            "databaseShardId", "enableChat", "enableCloudRouting", "enableFifo", "enableHciDialer", "enableInbound",
            "enableOutbound", "enableSoftphones", "enableTaskMode", "enableTracking", "enableVisualIvr",
            "enableVoiceBroadcast", "mainAccountId", "mainAccountName", "outboundPrepay", "rcAccountAccess",
            "tcpaSafeMode", "usePowerBy");

    private final Supplier<ContactCentre> data;
    private final Sessions sessions;

    public LegacyAuthEndpoints(Supplier<ContactCentre> data, Sessions sessions) {
        this.data = data;
        this.sessions = sessions;
    }

    public Endpoint login() {
        return request -> {
            QueryParams form = request.form();
            String username = EngageAuthEndpoints.required(form, "username");
            String password = EngageAuthEndpoints.required(form, "password");
            if (!username.equals(LEGACY_USERNAME) || !password.equals(LEGACY_PASSWORD)) {
                throw ApiException.unauthorized("Bad credentials");
            }
            boolean stayLoggedIn = Boolean.parseBoolean(form.first("stayLoggedIn"));
            ContactCentre centre = data.get();
            ObjectNode answer = Json.object();
            answer.put("authToken", sessions.issueLegacyToken(ADMIN_USER_ID, stayLoggedIn, request.now()));
            answer.put("platformHost", request.header("Host"));
            centre.users.find(ADMIN_USER_ID).ifPresent(user -> {
                ObjectNode view = user.body().deepCopy();
                view.putArray("children");
                answer.set("user", view);
            });
            ArrayNode accounts = answer.putArray("accounts");
            for (ObjectNode account : centre.accounts.values()) {
                ObjectNode view = accounts.addObject();
                ACCOUNT_VIEW_PROPERTIES.forEach(name -> view.set(name, account.get(name)));
                view.set("rcAccountId", account.path("mainAccount").get("rcAccountId"));
            }
            return ApiResponse.ok(answer);
        };
    }
}
