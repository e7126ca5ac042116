package io.quarkiverse.engagevoice.client.api.numbers;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.numbers.AssignedDnis;
import io.quarkiverse.engagevoice.client.model.numbers.DnisUnassignment;

/**
 * What the phone numbers (DNIS) of the number pool are assigned to: queues, cloud route profiles, visual IVRs. These
 * operations work across the accounts the caller may manage, so they take no account id. A number in a path is sent
 * as given (national digits, or E.164 with its {@code +}). Documented limit: 120 requests per minute.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface DnisAssignmentsApi {

    /** {@code getAssignedDnis}: the assignment of the number {@code dnis}. */
    @GET
    @Path("/v1/admin/utilities/tnManager/assignedDnis/{dnis}")
    AssignedDnis get(@PathParam("dnis") String dnis);

    /** {@code updateDnisAssignment}: changes the given assignments (dates, activity...); the assignments after. */
    @PUT
    @Path("/v1/admin/utilities/tnManager/assignedDnis")
    @Consumes(MediaType.APPLICATION_JSON)
    List<AssignedDnis> update(List<AssignedDnis> assignments);

    /** {@code deleteAssignedDnis}: removes the assignment of the number {@code dnis}; whether the server did. */
    @DELETE
    @Path("/v1/admin/utilities/tnManager/assignedDnis/{dnis}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean delete(@PathParam("dnis") String dnis);

    /**
     * {@code deleteDnisAssignment}: removes the assignment of the number the body names, in national or in
     * international form (a DELETE with a JSON body, as the file documents it); whether the server did.
     */
    @DELETE
    @Path("/v1/admin/utilities/tnManager/assignedDnis")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean unassign(DnisUnassignment number);

    /** {@code updateAssignedDnisForGate}: assigns the numbers to the queue {@code gateId}; the assignments made. */
    @PUT
    @Path("/v1/admin/utilities/tnManager/assignedDnis/gates/{gateId}")
    @Consumes(MediaType.APPLICATION_JSON)
    List<AssignedDnis> assignToGate(@PathParam("gateId") int gateId, List<AssignedDnis> assignments);

    /** Assigns the numbers {@code dnis} to the queue {@code gateId} ({@code updateAssignedDnisForGate}). */
    default List<AssignedDnis> assignToGate(int gateId, String... dnis) {
        return assignToGate(gateId, List.of(dnis).stream().map(AssignedDnis::of).toList());
    }

    /**
     * {@code updateAssignedDnisForCloudRouteProfile}: assigns the numbers to the cloud route profile
     * {@code cloudRouteProfileId}; the assignments made.
     */
    @PUT
    @Path("/v1/admin/utilities/tnManager/assignedDnis/cloudRouteProfiles/{cloudRouteProfileId}")
    @Consumes(MediaType.APPLICATION_JSON)
    List<AssignedDnis> assignToCloudRouteProfile(@PathParam("cloudRouteProfileId") int cloudRouteProfileId,
            List<AssignedDnis> assignments);

    /**
     * {@code updateAssignedDnisForVisualIvr}: assigns the numbers to the visual IVR {@code visualIvrId}; the
     * assignments made.
     */
    @PUT
    @Path("/v1/admin/utilities/tnManager/assignedDnis/visualIvrs/{visualIvrId}")
    @Consumes(MediaType.APPLICATION_JSON)
    List<AssignedDnis> assignToVisualIvr(@PathParam("visualIvrId") int visualIvrId, List<AssignedDnis> assignments);
}
