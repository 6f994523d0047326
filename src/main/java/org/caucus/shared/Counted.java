package org.caucus.shared;

import java.util.Locale;

/**
 * A count with its noun, as every page and message of Caucus writes one: "1 message", "12,480 messages". Counts run
 * to the hundreds of thousands, so they are grouped by thousands everywhere alike.
 */
public final class Counted {

    private Counted() {}

    /** For a noun whose plural adds "s": "1 passage", "3 passages", "1 coded message". */
    public static String of(long count, String noun) {
        return of(count, noun, noun + "s");
    }

    /** For any other noun: "1 change of stance", "2 changes of stance". */
    public static String of(long count, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? singular : plural);
    }
}
