package org.caucus.corpus;

/**
 * What merging the chosen pairs did.
 *
 * @param participantsMerged how many participants were merged into another one
 * @param quotesCredited how many quotes, left without a speaker because a name was several participants', got one
 */
public record MergedPairs(int participantsMerged, int quotesCredited) {}
