package io.quarkiverse.engagevoice.mockserver.internal.api;

import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.data.ContactCentre;
import io.quarkiverse.engagevoice.mockserver.internal.data.ResourceTemplates;
import io.quarkiverse.engagevoice.mockserver.internal.data.Table;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiRequest;

/** The six admin resource kinds with their validation rules, nesting and representation. */
public final class ResourceKinds {

    private static final Set<String> PERMISSIONS = Set.of("CREATE", "READ", "UPDATE", "DELETE", "REPORT");

    public static final ResourceKind AGENT_GROUP = ResourceKind.of("Agent group", "agentGroupId",
            data -> data.agentGroups, now -> ResourceTemplates.agentGroup())
            .requiredText("groupName")
            .onDelete((data, row) -> deleteChildren(data.agents, row))
            .view(ResourceKinds::agentGroupView)
            .build();

    public static final ResourceKind AGENT = ResourceKind.of("Agent", "agentId", data -> data.agents,
            ResourceTemplates::agent)
            .nestedUnder(AGENT_GROUP)
            .requiredText("username", "firstName", "lastName")
            .allowed("agentType", Set.of("AGENT", "SUPERVISOR", "MULTI_USER", "MULTI_SUPERVISOR"))
            .unique("username")
            .unpaged() // getAgentList has no paging parameters
            .build();

    public static final ResourceKind GATE_GROUP = ResourceKind.of("Gate group", "gateGroupId",
            data -> data.gateGroups, ResourceTemplates::gateGroup)
            .requiredText("groupName")
            .onDelete((data, row) -> deleteChildren(data.gates, row))
            .build();

    public static final ResourceKind GATE = ResourceKind.of("Gate", "gateId", data -> data.gates,
            ResourceTemplates::gate)
            .nestedUnder(GATE_GROUP)
            .requiredText("gateName")
            .allowed("requeueType", Set.of("ADVANCED", "RESTRICTED"))
            .view(ResourceKinds::gateView)
            .build();

    public static final ResourceKind DIAL_GROUP = ResourceKind.of("Dial group", "dialGroupId",
            data -> data.dialGroups, now -> ResourceTemplates.dialGroup())
            .requiredText("dialGroupName", "dialMode")
            .allowed("dialMode", Set.of("PREVIEW", "CLICK_TO_TALK", "PREDICTIVE", "POWER", "TCPA_SAFE_MODE"))
            .allowed("hciEnabled", Set.of("DISABLED", "HCI_FETCH", "HCI_PACING"))
            .onDelete(ResourceKinds::deleteCampaignsOf)
            .build();

    public static final ResourceKind CAMPAIGN = ResourceKind.of("Campaign", "campaignId", data -> data.campaigns,
            ResourceTemplates::campaign)
            .nestedUnder(DIAL_GROUP)
            .requiredText("campaignName")
            .allowed("dncScrubOption", Set.of("DO_NOT_SCRUB", "INTERNAL_AND_NATIONAL", "INTERNAL_ONLY",
                    "CELLULAR_AND_INTERNAL", "CELLULAR_ONLY"))
            .onDelete((data, row) -> data.leads.deleteCampaign(row.id()))
            .build();

    private ResourceKinds() {
    }

    private static void deleteChildren(Table children, Table.Row parent) {
        for (Table.Row child : children.list(parent.accountId(), parent.id())) {
            children.delete(child.id());
        }
    }

    private static void deleteCampaignsOf(ContactCentre data, Table.Row dialGroup) {
        for (Table.Row campaign : data.campaigns.list(dialGroup.accountId(), dialGroup.id())) {
            data.leads.deleteCampaign(campaign.id());
            data.campaigns.delete(campaign.id());
        }
    }

    /** {@code includePermissions=true} lists what the caller may do with the group (an admin: everything). */
    private static ObjectNode agentGroupView(ContactCentre data, Table.Row row,
            ApiRequest request) {
        ObjectNode view = row.body().deepCopy();
        if (request.boolQueryParam("includePermissions", false)) {
            ArrayNode permissions = view.putArray("permissions");
            PERMISSIONS.stream().sorted().forEach(permissions::add);
        }
        return view;
    }

    /** A gate names its group as {@code {"id", "description"}}, as in the official queue samples. */
    private static ObjectNode gateView(ContactCentre data, Table.Row row,
            ApiRequest request) {
        ObjectNode view = row.body().deepCopy();
        ObjectNode group = view.putObject("gateGroup");
        group.put("id", row.parentId());
        data.gateGroups.find(row.accountId(), row.parentId())
                .ifPresent(parent -> group.set("description", parent.body().get("groupName")));
        return view;
    }
}
