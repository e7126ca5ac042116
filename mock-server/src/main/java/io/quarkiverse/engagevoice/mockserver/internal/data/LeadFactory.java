package io.quarkiverse.engagevoice.mockserver.internal.data;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.json.Json;
import io.quarkiverse.engagevoice.mockserver.internal.json.WireDates;

/** The stored shape of a lead ({@code CampaignLead} in the OpenAPI file). */
public final class LeadFactory {

    private LeadFactory() {
    }

    public static ObjectNode newLead(Instant loadedAt) {
        ObjectNode lead = Json.parseObject("""
                {"leadId":0,"externId":null,"firstName":null,"midName":null,"lastName":null,"suffix":null,
                 "title":null,"leadPhone":null,"email":null,"address1":null,"address2":null,"city":null,
                 "state":null,"zip":null,"auxData1":null,"auxData2":null,"auxData3":null,"auxData4":null,
                 "auxData5":null,"leadState":"READY","leadPasses":0,"leadTimezone":null,"suppressed":false,
                 "lastPassDts":null,"lastPassDisposition":null,"nextDialTime":null,"extendedLeadData":{}}""");
        lead.put("loadedDts", WireDates.format(loadedAt));
        return lead;
    }
}
