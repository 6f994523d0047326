package org.caucus.coding;

/** A selection in a message's normalised text: character offsets and the text the coder saw there. */
public record PassageRange(int start, int end, String text) {}
