package io.quarkiverse.engagevoice.samples.function;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkiverse.engagevoice.client.api.CampaignLeadsApi;
import io.quarkiverse.engagevoice.client.model.LeadSearchCriteria;
import io.quarkiverse.engagevoice.client.model.LeadSearchResult;
import io.quarkus.funqy.Funq;

/**
 * The function a contact centre deploys behind its IVR or CRM: given a caller's phone number, the leads that carry it,
 * in every campaign of the account, with their state. {@code POST /leads-by-phone {"phone":"(650) 555-0105"}}.
 */
public class LeadLookup {

    /** Leads asked for per page; a phone number is rarely on more. */
    static final int PAGE_SIZE = 100;

    @Inject
    CampaignLeadsApi leads;

    @Funq("leads-by-phone")
    public LeadsOfPhone leadsByPhone(PhoneQuery query) {
        String phone = PhoneQuery.digits(query);
        LeadSearchCriteria criteria = new LeadSearchCriteria();
        criteria.setLeadPhoneNum(phone);
        List<LeadsOfPhone.Lead> found = new ArrayList<>();
        for (int page = 0;; page++) {
            List<LeadSearchResult> results = leads.search("~", page, PAGE_SIZE, criteria);
            results.forEach(r -> found.add(new LeadsOfPhone.Lead(r.getLeadId(), r.getCampaignId(), r.getCampaignName(),
                    r.getLeadState(), r.getFirstName(), r.getLastName())));
            if (results.size() < PAGE_SIZE) {
                return new LeadsOfPhone(phone, found);
            }
        }
    }
}
