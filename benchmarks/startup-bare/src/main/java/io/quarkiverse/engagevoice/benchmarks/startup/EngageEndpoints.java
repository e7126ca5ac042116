package io.quarkiverse.engagevoice.benchmarks.startup;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The two requests the extension makes for the same first call: the Engage login, then the agent group. */
@RegisterRestClient(configKey = "engage")
@Produces(MediaType.APPLICATION_JSON)
public interface EngageEndpoints {

    @POST
    @Path("/api/auth/login/admin")
    LoginAnswer login(@QueryParam("username") String username, @QueryParam("password") String password,
            @QueryParam("platformId") String platformId);

    @GET
    @Path("/voice/api/v1/admin/accounts/{accountId}/agentGroups/{agentGroupId}")
    AgentGroup agentGroup(@HeaderParam("Authorization") String authorization, @PathParam("accountId") String accountId,
            @PathParam("agentGroupId") int agentGroupId);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LoginAnswer(String accessToken) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AgentGroup(Integer agentGroupId, String groupName) {
    }
}
