package io.quarkiverse.engagevoice.client.api.reporting;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.reporting.AuditLog;
import io.quarkiverse.engagevoice.client.model.reporting.AuditLogSearchCriteria;
import io.quarkiverse.engagevoice.client.model.reporting.AuditableEntity;

/** The administrative audit log: who created, changed or deleted what. Documented limit: 120 requests per minute. */
@Produces(MediaType.APPLICATION_JSON)
public interface AuditLogsApi {

    /** {@code getAuditableEntities}: the kinds of entity the log records, by the names a search takes. */
    @GET
    @Path("/v1/admin/auditLogs/auditable")
    List<AuditableEntity> auditableEntities();

    /**
     * {@code searchAuditLogs}: the records matching {@code criteria} (build them with
     * {@link AuditLogSearchCriteria#between}). The API takes a {@code PUT} for this search.
     */
    @PUT
    @Path("/v1/admin/auditLogs/search")
    @Consumes(MediaType.APPLICATION_JSON)
    List<AuditLog> search(AuditLogSearchCriteria criteria);
}
