package org.caucus.corpus;

import java.util.Locale;
import java.util.Set;
import org.caucus.corpus.importing.SubjectPrefixes;

/**
 * A subject's list tag, "[Twisted-Python]", which pipermail lists put in every subject. Beside a column that names the
 * list, it only takes the room the subject's own words need.
 */
public final class ListTag {

    private ListTag() {}

    /**
     * The subject without its list's tag, when the tag comes first or after reply prefixes and other lists' tags only
     * ("Re: [bestbits] 1net" becomes "Re: 1net"); any other subject as it is. The tag is matched in any case, as the
     * import spells each list one way.
     */
    public static String removed(String subject, String listName) {
        return removed(subject, listName, Set.of());
    }

    /**
     * The same, for a list the analysts renamed: its messages keep the tag of the name their archive gave it.
     *
     * @param formerNames the list's earlier names, in lower case ({@link ListNamesService#formerNames})
     */
    public static String removed(String subject, String listName, Set<String> formerNames) {
        if (subject == null || listName == null) {
            return subject;
        }
        SubjectPrefixes.Tag tag = SubjectPrefixes.leadingTags(subject).stream()
                .filter(leading -> {
                    String name = leading.name().strip();
                    return name.equalsIgnoreCase(listName) || formerNames.contains(name.toLowerCase(Locale.ROOT));
                })
                .findFirst()
                .orElse(null);
        if (tag == null) {
            return subject;
        }
        String before = subject.substring(0, tag.start()).strip();
        String rest = subject.substring(tag.end()).strip();
        return before.isEmpty() ? rest : before + " " + rest;
    }
}
