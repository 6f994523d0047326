package org.caucus.corpus;

import java.util.Map;
import java.util.Set;

/**
 * Takes each list's tag out of its messages' subjects, as pages show them, in a project whose renamed lists' messages
 * still carry the tags of their earlier names.
 *
 * @param formerNames each renamed list's earlier names, in lower case, by its name now
 */
public record ListTags(Map<String, Set<String>> formerNames) {

    /** For no project: no list was renamed. */
    public static final ListTags NONE = new ListTags(Map.of());

    public ListTags {
        formerNames = Map.copyOf(formerNames);
    }

    /** The subject without the tag of its list, under its name now or an earlier one ({@link ListTag#removed}). */
    public String removed(String subject, String listName) {
        return ListTag.removed(
                subject, listName, listName == null ? Set.of() : formerNames.getOrDefault(listName, Set.of()));
    }
}
