package org.caucus.corpus;

/** A range of a message body: {@code start} inclusive, {@code end} exclusive. */
public record TextSpan(int start, int end) {}
