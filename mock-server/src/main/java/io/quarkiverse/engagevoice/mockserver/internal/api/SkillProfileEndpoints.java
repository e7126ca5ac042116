package io.quarkiverse.engagevoice.mockserver.internal.api;

import java.util.Iterator;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.data.ContactCentre;
import io.quarkiverse.engagevoice.mockserver.internal.data.Table;
import io.quarkiverse.engagevoice.mockserver.internal.json.Json;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiException;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiRequest;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiResponse;
import io.quarkiverse.engagevoice.mockserver.internal.routing.Endpoint;

/**
 * An agent's skill profiles, as the developer guide documents them (no OpenAPI file lists them): CRUD under the
 * agent, {@code profileName} required, an update changes only the properties it carries, and single queue-group
 * skills assigned ({@code active}) or removed by id.
 */
public final class SkillProfileEndpoints {

    private final Supplier<ContactCentre> data;

    public SkillProfileEndpoints(Supplier<ContactCentre> data) {
        this.data = data;
    }

    public Endpoint list() {
        return request -> {
            ContactCentre centre = data.get();
            String accountId = AccountGuard.accessibleAccount(request, centre);
            Table.Row agent = agent(request, centre, accountId);
            ArrayNode result = Json.array();
            centre.skillProfiles.list(accountId, agent.id()).forEach(row -> result.add(row.body().deepCopy()));
            return ApiResponse.ok(result);
        };
    }

    public Endpoint get() {
        return request -> ApiResponse.ok(profile(request).body().deepCopy());
    }

    public Endpoint create() {
        return request -> {
            ContactCentre centre = data.get();
            String accountId = AccountGuard.accessibleAccount(request, centre);
            Table.Row agent = agent(request, centre, accountId);
            ObjectNode body = request.jsonObjectBody();
            BodyFields.requiredText(body, "profileName");
            ObjectNode profile = Json.object();
            profile.put("isDefault", false);
            profile.putArray("gateGroupSkills");
            profile.putArray("chatGroupSkills");
            profile.setAll(body);
            profile.remove("profileId");
            Table.Row row = centre.skillProfiles.insert(centre.skillProfiles.nextId(), accountId, agent.id(),
                    profile);
            return ApiResponse.ok(row.body().deepCopy());
        };
    }

    public Endpoint update() {
        return request -> {
            Table.Row row = profile(request);
            ObjectNode body = request.jsonObjectBody();
            if (body.has("profileName")) {
                BodyFields.requiredText(body, "profileName");
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals("profileId")) {
                    row.body().set(field.getKey(), field.getValue());
                }
            }
            return ApiResponse.ok(row.body().deepCopy());
        };
    }

    public Endpoint delete() {
        return request -> {
            data.get().skillProfiles.delete(profile(request).id());
            return ApiResponse.textTrue();
        };
    }

    /** {@code skills/{skillId}} PUT: adds the skill, active, unless the profile has it already. */
    public Endpoint assignSkill() {
        return request -> {
            Table.Row row = profile(request);
            int skillId = request.intPathParam("skillId");
            ArrayNode skills = skills(row);
            if (indexOf(skills, skillId) < 0) {
                ObjectNode skill = skills.addObject();
                skill.put("skillId", skillId);
                skill.put("active", true);
            }
            return ApiResponse.ok(row.body().deepCopy());
        };
    }

    /** {@code skills/{skillId}} DELETE: a skill the profile lacks is a 404. */
    public Endpoint removeSkill() {
        return request -> {
            Table.Row row = profile(request);
            int skillId = request.intPathParam("skillId");
            ArrayNode skills = skills(row);
            int index = indexOf(skills, skillId);
            if (index < 0) {
                throw ApiException.notFound("Skill " + skillId + " is not in the profile");
            }
            skills.remove(index);
            return ApiResponse.textTrue();
        };
    }

    private Table.Row profile(ApiRequest request) {
        ContactCentre centre = data.get();
        String accountId = AccountGuard.accessibleAccount(request, centre);
        Table.Row agent = agent(request, centre, accountId);
        int profileId = request.intPathParam("skillProfileId");
        return centre.skillProfiles.find(accountId, agent.id(), profileId)
                .orElseThrow(() -> ApiException.notFound("Skill profile " + profileId + " does not exist"));
    }

    private static Table.Row agent(ApiRequest request, ContactCentre centre, String accountId) {
        int agentId = request.intPathParam("agentId");
        return centre.agents.find(accountId, request.intPathParam("agentGroupId"), agentId)
                .orElseThrow(() -> ApiException.notFound("Agent " + agentId + " does not exist"));
    }

    private static ArrayNode skills(Table.Row row) {
        JsonNode skills = row.body().get("gateGroupSkills");
        return skills instanceof ArrayNode array ? array : row.body().putArray("gateGroupSkills");
    }

    private static int indexOf(ArrayNode skills, int skillId) {
        for (int i = 0; i < skills.size(); i++) {
            if (skills.get(i).path("skillId").asInt(-1) == skillId) {
                return i;
            }
        }
        return -1;
    }
}
