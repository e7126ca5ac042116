package io.quarkiverse.engagevoice.client.api.admin;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.AgentSkillProfile;

/**
 * An agent's skill profiles: the queue-group skills skill-based routing matches against, as the RingCX developer
 * guide documents them (its skill profile page); no official OpenAPI file lists these operations. {@code accountId}
 * may be {@code ~}: the account the client works on. The guide's list of a profile's skills and its bulk assignment
 * are not offered: it gives neither the answer of the one nor the body of the other.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface AgentSkillProfilesApi {

    /** {@code GET skillProfiles} (documented, in no OpenAPI file): the agent's profiles. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/agentGroups/{agentGroupId}/agents/{agentId}/skillProfiles")
    List<AgentSkillProfile> list(@PathParam("accountId") String accountId,
            @PathParam("agentGroupId") int agentGroupId, @PathParam("agentId") int agentId);

    /** {@code GET skillProfiles/{skillProfileId}} (documented, in no OpenAPI file): one profile, with its skills. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/agentGroups/{agentGroupId}/agents/{agentId}/skillProfiles/{skillProfileId}")
    AgentSkillProfile get(@PathParam("accountId") String accountId, @PathParam("agentGroupId") int agentGroupId,
            @PathParam("agentId") int agentId, @PathParam("skillProfileId") int skillProfileId);

    /**
     * {@code POST skillProfiles} (documented, in no OpenAPI file): creates a profile ({@code profileName} required;
     * {@code profileDesc}, {@code isDefault}, {@code gateGroupSkills}, {@code chatGroupSkills} optional); the profile
     * as stored, with its {@code profileId}.
     */
    @POST
    @Path("/v1/admin/accounts/{accountId}/agentGroups/{agentGroupId}/agents/{agentId}/skillProfiles")
    @Consumes(MediaType.APPLICATION_JSON)
    AgentSkillProfile create(@PathParam("accountId") String accountId, @PathParam("agentGroupId") int agentGroupId,
            @PathParam("agentId") int agentId, AgentSkillProfile profile);

    /** {@code PUT skillProfiles/{skillProfileId}} (documented, in no OpenAPI file): updates a profile. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/agentGroups/{agentGroupId}/agents/{agentId}/skillProfiles/{skillProfileId}")
    @Consumes(MediaType.APPLICATION_JSON)
    void update(@PathParam("accountId") String accountId, @PathParam("agentGroupId") int agentGroupId,
            @PathParam("agentId") int agentId, @PathParam("skillProfileId") int skillProfileId,
            AgentSkillProfile profile);

    /** {@code DELETE skillProfiles/{skillProfileId}} (documented, in no OpenAPI file): deletes a profile. */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/agentGroups/{agentGroupId}/agents/{agentId}/skillProfiles/{skillProfileId}")
    void delete(@PathParam("accountId") String accountId, @PathParam("agentGroupId") int agentGroupId,
            @PathParam("agentId") int agentId, @PathParam("skillProfileId") int skillProfileId);

    /**
     * {@code PUT skillProfiles/{skillProfileId}/skills/{skillId}} (documented, in no OpenAPI file): gives the profile
     * the queue-group skill {@code skillId}; no body. Read the profile back to see it.
     */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/agentGroups/{agentGroupId}/agents/{agentId}/skillProfiles/{skillProfileId}"
            + "/skills/{skillId}")
    void assignSkill(@PathParam("accountId") String accountId, @PathParam("agentGroupId") int agentGroupId,
            @PathParam("agentId") int agentId, @PathParam("skillProfileId") int skillProfileId,
            @PathParam("skillId") int skillId);

    /** {@code DELETE skillProfiles/{skillProfileId}/skills/{skillId}} (documented, in no OpenAPI file). */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/agentGroups/{agentGroupId}/agents/{agentId}/skillProfiles/{skillProfileId}"
            + "/skills/{skillId}")
    void removeSkill(@PathParam("accountId") String accountId, @PathParam("agentGroupId") int agentGroupId,
            @PathParam("agentId") int agentId, @PathParam("skillProfileId") int skillProfileId,
            @PathParam("skillId") int skillId);
}
