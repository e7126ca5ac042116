package io.quarkiverse.engagevoice.client.api.queues;

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

import io.quarkiverse.engagevoice.client.model.GateGroupSkill;

/**
 * The skills of a queue group (gate group), which route its calls to the agents who have them. {@code accountId} may
 * be {@code ~}: the account the client works on.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface GateGroupSkillsApi {

    /** {@code getList}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/skills")
    List<GateGroupSkill> list(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId);

    /** {@code getDetail}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/skills/{skillId}")
    GateGroupSkill get(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("skillId") int skillId);

    /** {@code createGateGroupSkill}: the answer holds the new {@code skillId}. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/skills")
    @Consumes(MediaType.APPLICATION_JSON)
    GateGroupSkill create(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            GateGroupSkill gateGroupSkill);

    /**
     * {@code saveGateGroupSkillList}: saves the whole list in one request (new ones without {@code skillId});
     * the answer is the list as saved.
     */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/skills")
    @Consumes(MediaType.APPLICATION_JSON)
    List<GateGroupSkill> saveAll(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            List<GateGroupSkill> gateGroupSkills);

    /** {@code updateGateGroupSkill}: only the non-null properties of {@code changes} are sent and changed. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/skills/{skillId}")
    @Consumes(MediaType.APPLICATION_JSON)
    GateGroupSkill update(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("skillId") int skillId, GateGroupSkill changes);

    /** {@code deleteGateGroupSkill}: whether the server deleted it. */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/skills/{skillId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean delete(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("skillId") int skillId);
}
