package org.caucus.corpus;

import java.util.Locale;

/** What an analyst types into a search box, as a lower-case SQL LIKE pattern escaped with a backslash. */
public final class LikePattern {

    private LikePattern() {}

    /** Matches text that contains {@code typed}, ignoring case; {@code null} or blank matches everything. */
    public static String containing(String typed) {
        String lower = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        // The analyst types a name, not a pattern: % and _ in it are meant literally.
        return "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
