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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.admin.Dashboard;

/** The dashboards of an admin user. */
@Produces(MediaType.APPLICATION_JSON)
public interface UserDashboardsApi {

    /** {@code getDashboardList}. */
    @GET
    @Path("/v1/admin/users/{userId}/dashboards")
    List<Dashboard> list(@PathParam("userId") int userId);

    /** {@code getDashboardDetail}. */
    @GET
    @Path("/v1/admin/users/{userId}/dashboards/{dashboardId}")
    Dashboard get(@PathParam("userId") int userId, @PathParam("dashboardId") int dashboardId);

    /** {@code createDashboard}: the answer holds the new {@code id}. */
    @POST
    @Path("/v1/admin/users/{userId}/dashboards")
    @Consumes(MediaType.APPLICATION_JSON)
    Dashboard create(@PathParam("userId") int userId, Dashboard dashboard);

    /** {@code updateDashboard}: only the non-null properties of {@code changes} are sent. */
    @PUT
    @Path("/v1/admin/users/{userId}/dashboards/{dashboardId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Dashboard update(@PathParam("userId") int userId, @PathParam("dashboardId") int dashboardId, Dashboard changes);

    /** {@code deleteDashboard}: whether the server deleted it. */
    @DELETE
    @Path("/v1/admin/users/{userId}/dashboards/{dashboardId}")
    boolean delete(@PathParam("userId") int userId, @PathParam("dashboardId") int dashboardId);

    /**
     * {@code shareDashboard}: gives each of {@code userIds} a copy of the dashboard (sent as repeated {@code userIds}
     * keys); the ids the server answers, those of the copies.
     */
    @PUT
    @Path("/v1/admin/users/{userId}/dashboards/{dashboardId}/share")
    List<Integer> share(@PathParam("userId") int userId, @PathParam("dashboardId") int dashboardId,
            @QueryParam("userIds") List<Integer> userIds);
}
