package org.caucus.project;

/** A project as its member sees it in the list of their projects. */
public record ProjectRow(long id, String name, ProjectRole role) {}
