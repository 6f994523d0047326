package org.caucus.project;

/** A project's member as the Members page lists them. */
public record Member(String username, ProjectRole role) {}
