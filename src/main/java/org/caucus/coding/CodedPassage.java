package org.caucus.coding;

/** A stored passage as a coding request again, with its coder: what it takes to put it back. */
public record CodedPassage(String coder, CodingRequest request) {}
