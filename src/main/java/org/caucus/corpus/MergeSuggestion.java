package org.caucus.corpus;

/**
 * Two participants who may be one person, for an analyst to merge or keep apart.
 *
 * @param keepId the participant that stays: the one with the fuller name, else the one who posted more
 * @param mergeId the participant whose messages, blocks, coded passages and addresses would move to it
 * @param reason why they look like one person, in words the analyst can check
 */
public record MergeSuggestion(long keepId, String keepName, long mergeId, String mergeName, String reason) {}
