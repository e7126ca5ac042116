package io.quarkiverse.engagevoice.it;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.quarkiverse.engagevoice.client.error.EngageVoiceException;

/**
 * What an application does with the client's typed errors: answer its own caller with the kind of failure, the
 * Engage Voice status and the operation that failed (a bad gateway, since the failure is upstream).
 */
@Provider
public class EngageVoiceErrorMapper implements ExceptionMapper<EngageVoiceException> {

    @Override
    public Response toResponse(EngageVoiceException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", e.getClass().getSimpleName());
        body.put("status", e.status());
        body.put("operation", e.operation());
        body.put("message", e.getMessage());
        return Response.status(Response.Status.BAD_GATEWAY).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
