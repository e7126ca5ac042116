package io.quarkiverse.engagevoice.client.api.reporting;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.reporting.ReportCriteria;
import io.quarkiverse.engagevoice.client.model.reporting.ReportType;

/** Report definitions of the administration API. */
@Produces(MediaType.APPLICATION_JSON)
public interface ReportsApi {

    /** {@code getReportCriteriaTemplate}: the criteria a report of this type starts from. */
    @GET
    @Path("/v1/admin/reports/{reportType}")
    ReportCriteria criteriaTemplate(@PathParam("reportType") ReportType reportType);
}
