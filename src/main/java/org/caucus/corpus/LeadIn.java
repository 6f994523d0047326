package org.caucus.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence that introduces a quotation and names its author, such as "A further reason for this being stated by
 * Michael Gurstein in a different thread:" or "On the other hand, as Milton wrote:". Writers use it when they paste
 * words from another message without an attribution line.
 */
final class LeadIn {

    private static final String NAME = "\\p{Lu}[\\p{L}'’-]*\\.?(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*\\.?|de|da|van|von|der))*";
    private static final Pattern BY_NAME = Pattern.compile("\\bby\\s+(" + NAME + ")");
    // The verb comes last but for a few words ("Milton wrote in the other thread:").
    private static final Pattern NAME_VERB = Pattern.compile("(" + NAME + ")\\s+(?:wrote|writes|said|says|stated"
            + "|noted|argued|posted|replied|put it)(?:\\s+[^\\s:]+){0,6}\\s*:$");

    private LeadIn() {}

    /**
     * @return the speaker introduced by the lead-in that ends the block, if its last paragraph is one; nobody when the
     *     lead-in names no one, since the quote below it then starts afresh rather than continuing an earlier one
     */
    static Optional<Speaker> speakerIntroducedAtEndOf(Block block) {
        String paragraph = lastParagraph(block.lines());
        if (!paragraph.endsWith(":")) {
            return Optional.empty();
        }
        return lastName(BY_NAME.matcher(paragraph))
                .or(() -> lastName(NAME_VERB.matcher(paragraph)))
                .map(name -> Speaker.namedInLeadIn(name, "named in the lead-in \"" + paragraph + "\""))
                .or(() -> Optional.of(Speaker.nobody("the lead-in \"" + paragraph + "\" names nobody")));
    }

    private static Optional<String> lastName(Matcher names) {
        String found = null;
        while (names.find()) {
            found = withoutSentenceWords(names.group(1));
        }
        return Optional.ofNullable(found).filter(name -> !name.isEmpty());
    }

    /** "As Milton" is "Milton": a capital at the start of a sentence does not make a word a name. */
    private static String withoutSentenceWords(String capitalised) {
        String[] words = capitalised.split("\\s+");
        int first = 0;
        while (first < words.length && Writer.isSentenceWord(words[first])) {
            first++;
        }
        return String.join(" ", Arrays.copyOfRange(words, first, words.length));
    }

    private static String lastParagraph(List<BodyLine> lines) {
        List<String> paragraph = new ArrayList<>();
        int i = lines.size() - 1;
        while (i >= 0 && lines.get(i).isBlank()) {
            i--;
        }
        while (i >= 0 && !lines.get(i).isBlank()) {
            paragraph.addFirst(lines.get(i).content().strip());
            i--;
        }
        return String.join(" ", paragraph);
    }
}
