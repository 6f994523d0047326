package org.caucus.demo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caucus.coding.PassageRange;

/**
 * Finds a phrase in a message body although the body breaks it over quoted lines, as in
 * "a dialogue without governments is not my perfect view of a \n>> coalition".
 */
final class PassageLocator {

    private PassageLocator() {}

    static PassageRange locate(String body, String phrase) {
        String[] words = phrase.strip().split("\\s+");
        StringBuilder pattern = new StringBuilder();
        for (String word : words) {
            if (!pattern.isEmpty()) {
                pattern.append("[\\s>]+");
            }
            pattern.append(Pattern.quote(word));
        }
        Matcher matcher = Pattern.compile(pattern.toString()).matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("The demo message does not contain '" + phrase + "'");
        }
        return new PassageRange(matcher.start(), matcher.end(), matcher.group());
    }
}
