package io.quarkiverse.engagevoice.client.model.admin;

/** What the server does with leads that duplicate existing ones ({@code duplicateHandling}). */
public enum DuplicateHandling {
    /** Keep every lead: the server's default. */
    RETAIN_ALL,
    /** Remove the existing duplicates from every list. */
    REMOVE_ALL_EXISTING,
    /** Remove the existing duplicates from the target list. */
    REMOVE_FROM_LIST
}
