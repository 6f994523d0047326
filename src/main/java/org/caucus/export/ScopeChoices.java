package org.caucus.export;

import java.util.List;

/** The lists and coders of a project, offered as filters in the export dialog. */
public record ScopeChoices(List<String> lists, List<String> coders) {}
