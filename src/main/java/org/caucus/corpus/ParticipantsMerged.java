package org.caucus.corpus;

/**
 * An analyst merged one participant into another: everything the merged one said is now the kept
 * one's, and the merged one no longer exists once the transaction that published this commits.
 */
public record ParticipantsMerged(long projectId, long keptId, long mergedId) {}
