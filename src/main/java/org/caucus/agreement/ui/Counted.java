package org.caucus.agreement.ui;

import java.util.Locale;

/** A number of things as the pages write it: "1 message", "30,000 messages". */
final class Counted {

    private Counted() {}

    static String of(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
