package org.caucus.corpus;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.caucus.corpus.importing.ParsedMessage;

/**
 * One spelling for each list of a project. A list is named by the tags of its subjects, its List-Id and its archive's
 * address, and not always with the same capitals: twisted-python's archive holds "[Twisted-Python]" and
 * "[Twisted-python]", and its folder names the untagged messages "twisted-python". Each message takes the spelling its
 * list already has in the project, or else the first the import met, so that the Lists filter and the comparisons
 * show one list, not three. A list the analysts renamed takes its new name whatever its archive calls it.
 *
 * <p>For one import, on one thread.
 */
final class ListSpellings {

    private final Map<String, String> byFoldedName = new HashMap<>();

    /**
     * @param renamed the names lists had before the analysts renamed them, in lower case, to their new names
     * @param stored the list names the project's messages have, in the order whose first spelling wins
     */
    ListSpellings(Map<String, String> renamed, Collection<String> stored) {
        byFoldedName.putAll(renamed);
        stored.forEach(this::spelling);
    }

    /** The message with its list spelled as the project spells it. */
    ParsedMessage spelled(ParsedMessage message) {
        String name = message.listName();
        if (name == null) {
            return message;
        }
        String spelling = spelling(name);
        return spelling.equals(name) ? message : message.withListName(spelling);
    }

    private String spelling(String name) {
        return byFoldedName.computeIfAbsent(name.toLowerCase(Locale.ROOT), folded -> name);
    }
}
