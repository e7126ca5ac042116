package io.quarkiverse.engagevoice.client.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.conformance.OpenApiSpec.Operation;
import io.quarkiverse.engagevoice.client.conformance.OpenApiSpec.Parameter;
import io.quarkiverse.engagevoice.client.conformance.OpenApiSpec.RequestBody;

/**
 * The conformance machinery on made-up interfaces, without the OpenAPI files: it must see every kind of difference
 * (a check that sees nothing would let {@link OpenApiConformanceTest} pass for nothing).
 */
class ConformanceCheckTest {

    private static final Operation UPDATE_AGENT_GROUP = new Operation("test.json", "PUT",
            "/voice/api/v1/admin/accounts/{accountId}/agentGroups/{agentGroupId}", "updateAgentGroup",
            List.of("Agent Groups"),
            List.of(new Parameter("accountId", "path", true), new Parameter("agentGroupId", "path", true),
                    new Parameter("includePermissions", "query", true), new Parameter("page", "query", false),
                    new Parameter("cookie", "header", true)),
            Optional.of(new RequestBody(true, Set.of(MediaType.APPLICATION_JSON))), Set.of("*/*"));

    @Path("/v1/admin/accounts/")
    @Produces(MediaType.APPLICATION_JSON)
    interface ConformingApi {

        @PUT
        @Path("{accountId}/agentGroups/{agentGroupId: \\d+}")
        @Consumes(MediaType.APPLICATION_JSON)
        String update(@PathParam("accountId") String accountId, @PathParam("agentGroupId") int agentGroupId,
                @QueryParam("includePermissions") boolean includePermissions, @CookieParam("access_token") String token,
                @HeaderParam("Authorization") String credentials, Object changes);

        default String update(String accountId, int agentGroupId, Object changes) {
            return update(accountId, agentGroupId, false, null, null, changes);
        }
    }

    @Path("/v1/admin/accounts")
    @Produces("audio/wav")
    interface MisfitApi {

        @PUT
        @Path("/{accountId}/agentGroups/{groupId}")
        @Consumes(MediaType.TEXT_PLAIN)
        String update(@PathParam("accountId") String accountId, @PathParam("groupId") int groupId,
                @PathParam("extra") int extra, @QueryParam("foo") String foo, @HeaderParam("X-Custom") String custom,
                Object changes);

        @GET
        @Path("/{accountId}/agentGroups/{agentGroupId}")
        @Produces(MediaType.TEXT_PLAIN)
        String bodiless(@PathParam("accountId") String accountId, @PathParam("agentGroupId") int agentGroupId);
    }

    @Test
    void aConformingMethodHasNoProblemAndDefaultMethodsAreSkipped() {
        List<ClientMethod> methods = ClientMethod.of(ConformingApi.class);

        assertThat(methods).singleElement().satisfies(method -> {
            assertThat(method.label()).isEqualTo("ConformingApi.update");
            assertThat(method.path()).isEqualTo("/v1/admin/accounts/{accountId}/agentGroups/{agentGroupId: \\d+}");
            assertThat(ConformanceCheck.problems(method, PathTemplate.join("/voice/api", method.path()),
                    UPDATE_AGENT_GROUP)).isEmpty();
        });
    }

    @Test
    void everyDifferenceIsReportedAtOnce() {
        ClientMethod update = method(MisfitApi.class, "update");

        assertThat(ConformanceCheck.problems(update, "/voice/api" + update.path(), UPDATE_AGENT_GROUP))
                .containsExactlyInAnyOrder(
                        "path variable {groupId} is {agentGroupId} in test.json updateAgentGroup",
                        "@PathParam 'extra' is not a variable of the path",
                        "query parameter 'foo' is not in test.json updateAgentGroup",
                        "required query parameter 'includePermissions' of test.json updateAgentGroup is not sent",
                        "header 'X-Custom' is not in test.json updateAgentGroup",
                        "required header 'cookie' of test.json updateAgentGroup is not sent",
                        "@Consumes text/plain is not among the request media types [application/json] of test.json"
                                + " updateAgentGroup");
    }

    @Test
    void aMissingBodyAndForeignMediaTypesAreReported() {
        ClientMethod bodiless = method(MisfitApi.class, "bodiless");
        Operation jsonOnly = new Operation("test.json", "GET", UPDATE_AGENT_GROUP.path(), "getAgentGroup", List.of(),
                UPDATE_AGENT_GROUP.parametersIn("path"), UPDATE_AGENT_GROUP.requestBody(),
                Set.of(MediaType.APPLICATION_JSON));

        assertThat(ConformanceCheck.problems(bodiless, "/voice/api" + bodiless.path(), jsonOnly))
                .containsExactlyInAnyOrder(
                        "sends no request body, test.json getAgentGroup has one ([application/json])",
                        "@Produces [text/plain] does not overlap the success media types [application/json] of"
                                + " test.json getAgentGroup");
    }

    @Test
    void pathsMatchWhateverTheirVariablesAreNamed() {
        assertThat(PathTemplate.shapeKey("GET", "/a/{x: \\d+}/b/{y}"))
                .isEqualTo(PathTemplate.shapeKey("GET", "/a/{id}/b/{other}"))
                .isEqualTo("GET /a/{}/b/{}");
        assertThat(PathTemplate.variables("/a/{x: \\d+}/b/{y}")).containsExactly("x", "y");
        assertThat(PathTemplate.join("/voice/api", "/", "v1/token/")).isEqualTo("/voice/api/v1/token");
    }

    private static ClientMethod method(Class<?> api, String name) {
        return ClientMethod.of(api).stream().filter(m -> m.label().endsWith("." + name)).findFirst().orElseThrow();
    }
}
