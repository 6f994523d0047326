package org.caucus.corpus;

/** A participant who sent at least one message: a choice for the message list's participant filter. */
public record Poster(long id, String displayName) {}
