package org.caucus.codebook;

/** A position as offered to a coder: its issue, name, colour and keyboard shortcut. */
public record PositionChoice(long id, String issue, String name, String description, String colour, String shortcut) {}
