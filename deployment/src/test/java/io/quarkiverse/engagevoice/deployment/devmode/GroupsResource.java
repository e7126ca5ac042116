package io.quarkiverse.engagevoice.deployment.devmode;

import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.model.AgentGroup;

/** A dev-mode application's endpoint on the Dev Service's simulator; the test edits its answer. */
@Path("/groups")
public class GroupsResource {

    @Inject
    AgentGroupsApi groups;

    @ConfigProperty(name = "quarkus.engage-voice.server")
    String server;

    @GET
    public String names() {
        return "groups: " + groups.list("~").stream().map(AgentGroup::getGroupName).collect(Collectors.joining(", "));
    }

    @GET
    @Path("/server")
    public String server() {
        return server;
    }

    @POST
    @Path("/{name}")
    public String create(@PathParam("name") String name) {
        return groups.create("~", AgentGroup.named(name)).getGroupName();
    }
}
