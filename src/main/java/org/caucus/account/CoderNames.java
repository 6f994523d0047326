package org.caucus.account;

import java.util.Locale;

/**
 * Coder names the application keeps for itself. {@link #CONSENSUS} holds the version of each
 * passage the owner agreed on from the coders' ones; a person or setting of that name would mix
 * their own coding into it, so it is refused wherever a person's name comes in.
 */
public final class CoderNames {

    /** The coder whose passages are the owner's accepted or curated versions. */
    public static final String CONSENSUS = "consensus";

    private CoderNames() {}

    public static boolean isReserved(String name) {
        return name != null && name.strip().toLowerCase(Locale.ROOT).equals(CONSENSUS);
    }

    /**
     * The name, stripped, when a person may use it.
     *
     * @param source what gave the name, for the message, such as "The setting caucus.coder"
     * @throws IllegalArgumentException when it is blank or reserved
     */
    public static String checked(String name, String source) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(source + " is empty; a coder needs a name.");
        }
        if (isReserved(name)) {
            throw new IllegalArgumentException(source + " is '" + name.strip() + "', but '" + CONSENSUS
                    + "' is reserved for the version the project's owner agrees on; choose another name.");
        }
        return name.strip();
    }
}
