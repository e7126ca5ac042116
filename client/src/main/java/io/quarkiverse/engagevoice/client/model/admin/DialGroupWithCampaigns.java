package io.quarkiverse.engagevoice.client.model.admin;

import io.quarkiverse.engagevoice.client.model.DialGroup;

/**
 * A dial group as listed with its children: its {@code campaigns}, its agent members and, when asked for, the
 * caller's {@code permissions} on it. {@link DialGroup} now types them all; this name stays for the operations that
 * answer it.
 */
public class DialGroupWithCampaigns extends DialGroup {

    @Override
    public String toString() {
        return "DialGroupWithCampaigns[" + getDialGroupId() + ", " + getDialGroupName() + ", "
                + (getCampaigns() == null ? 0 : getCampaigns().size()) + " campaigns]";
    }
}
