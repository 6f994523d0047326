package org.caucus.codebook;

import java.util.regex.Pattern;

/**
 * What an analyst writes about a position: its name, what it means, when to apply it and when not,
 * an example, its colour and its keyboard shortcut. Blank texts count as absent.
 *
 * @param colour a colour like {@code #1f77b4}
 * @param shortcut a digit from 1 to 9, or {@code null}
 */
public record PositionDetails(
        String name,
        String description,
        String inclusionNote,
        String exclusionNote,
        String example,
        String colour,
        String shortcut) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern SHORTCUT = Pattern.compile("[1-9]");
    static final int MAX_NAME = 500;
    static final int MAX_NOTE = 4000;

    /** @throws CodebookException naming the field and what is wrong with it */
    public PositionDetails {
        name = required(name, "A position needs a name.");
        description = optional(description, "description");
        inclusionNote = optional(inclusionNote, "inclusion note");
        exclusionNote = optional(exclusionNote, "exclusion note");
        example = optional(example, "example");
        colour = required(colour, "A position needs a colour like #1f77b4.");
        if (name.length() > MAX_NAME) {
            throw new CodebookException(
                    "The position name is " + name.length() + " characters long; at most " + MAX_NAME + " fit.");
        }
        if (!COLOUR.matcher(colour).matches()) {
            throw new CodebookException("The colour '" + colour + "' is not a colour like #1f77b4.");
        }
        shortcut = shortcut == null || shortcut.isBlank() ? null : shortcut.strip();
        if (shortcut != null && !SHORTCUT.matcher(shortcut).matches()) {
            throw new CodebookException("The shortcut '" + shortcut + "' is not a digit from 1 to 9.");
        }
    }

    static String required(String text, String complaint) {
        if (text == null || text.isBlank()) {
            throw new CodebookException(complaint);
        }
        return text.strip();
    }

    static String optional(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > MAX_NOTE) {
            throw new CodebookException(
                    "The " + what + " is " + text.strip().length() + " characters long; at most " + MAX_NOTE + " fit.");
        }
        return text.strip();
    }
}
