package io.quarkiverse.engagevoice.mockserver.internal.auth;

import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.MAIN_ACCOUNT_ID;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.RC_ACCOUNT_ID;

import java.time.Instant;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.data.ContactCentre;
import io.quarkiverse.engagevoice.mockserver.internal.data.Table;
import io.quarkiverse.engagevoice.mockserver.internal.json.Json;

/**
 * The {@code AccessTokenUserDetails} answer shared by the token exchange, the refresh and the Engage login,
 * shaped after {@code reference/samples/auth--rc-auth-response.json}.
 */
public final class LoginAnswers {

    private final Supplier<ContactCentre> data;
    private final AccessTokens accessTokens;
    private final Sessions sessions;

    public LoginAnswers(Supplier<ContactCentre> data, AccessTokens accessTokens, Sessions sessions) {
        this.data = data;
        this.accessTokens = accessTokens;
        this.sessions = sessions;
    }

    public ObjectNode forUser(int userId, boolean includeRefresh, boolean ssoLogin, Instant now) {
        ObjectNode answer = Json.object();
        if (includeRefresh) {
            answer.put("refreshToken", sessions.issueRefreshToken(userId));
        }
        answer.put("accessToken", accessTokens.issue(userId, MAIN_ACCOUNT_ID, RC_ACCOUNT_ID, now));
        answer.put("tokenType", "Bearer");
        answer.put("mainAccountId", MAIN_ACCOUNT_ID);
        answer.set("agentDetails", agentDetails(userId));
        answer.put("adminId", userId);
        answer.put("adminUrl", "/voice/admin/");
        answer.put("agentUrl", "/voice/agent/");
        answer.put("ssoLogin", ssoLogin);
        return answer;
    }

    /** The agent records linked to the user's RingCentral identity, in the {@code AgentV2} shape. */
    private ArrayNode agentDetails(int userId) {
        ContactCentre centre = data.get();
        ArrayNode details = Json.array();
        JsonNode rcUserId = centre.users.find(userId).map(user -> user.body().path("rcUserId")).orElse(null);
        if (rcUserId == null || !rcUserId.isNumber()) {
            return details;
        }
        for (Table.Row agent : centre.agents.all()) {
            JsonNode body = agent.body();
            if (body.path("rcUserId").isNumber() && body.get("rcUserId").asLong() == rcUserId.asLong()) {
                ObjectNode detail = details.addObject();
                detail.put("agentId", agent.id());
                for (String field : new String[] { "firstName", "lastName", "email", "username", "agentType",
                        "rcUserId" }) {
                    detail.set(field, body.get(field));
                }
                detail.put("accountId", agent.accountId());
                detail.set("accountName", centre.account(agent.accountId())
                        .map(account -> account.get("accountName")).orElse(null));
                detail.put("agentGroupId", agent.parentId());
                detail.set("allowLoginControl", body.get("allowLoginControl"));
                detail.set("allowLoginUpdates", body.get("allowLoginUpdates"));
            }
        }
        return details;
    }
}
