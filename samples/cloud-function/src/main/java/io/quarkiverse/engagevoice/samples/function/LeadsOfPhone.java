package io.quarkiverse.engagevoice.samples.function;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The function's answer: the leads of one phone number.
 *
 * @param phone the digits searched for
 * @param leads every lead with that number, in any campaign
 */
@RegisterForReflection
public record LeadsOfPhone(String phone, List<Lead> leads) {

    /** One lead and where it stands. */
    @RegisterForReflection
    public record Lead(Integer leadId, Integer campaignId, String campaignName, String leadState, String firstName,
            String lastName) {
    }
}
