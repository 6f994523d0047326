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

    // "As I wrote last week:", "Here is the paragraph I sent to the list:": the lead-in's writer quotes themself.
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "\\bI\\s+(?:wrote|said|posted|sent|argued|noted|stated|suggested|proposed|put it)(?<rest>(?:\\s+[^\\s:]+){0,8})"
                    + "\\s*:$");
    // "I wrote to Joana and she replied:": someone else speaks after all.
    private static final Pattern ANOTHER_SPEAKER =
            Pattern.compile("\\b(?:wrote|writes|said|says|replied|answered|responded|asked)\\b");

    private LeadIn() {}

    /**
     * @param writer who wrote the block, the speaker of a lead-in in the first person
     * @return the speaker introduced by the lead-in that ends the block, if its last paragraph is one; nobody when the
     *     lead-in names no one, since the quote below it then starts afresh rather than continuing an earlier one
     */
    static Optional<Speaker> speakerIntroducedAtEndOf(Block block, Speaker writer) {
        String paragraph = lastParagraph(block.lines());
        if (!paragraph.endsWith(":")) {
            return Optional.empty();
        }
        return lastName(BY_NAME.matcher(paragraph))
                .or(() -> lastName(NAME_VERB.matcher(paragraph)))
                .map(name -> Speaker.namedInLeadIn(name, "named in the lead-in \"" + paragraph + "\""))
                .or(() -> writerQuotingThemself(paragraph, writer))
                .or(() -> Optional.of(Speaker.nobody("the lead-in \"" + paragraph + "\" names nobody")));
    }

    private static Optional<Speaker> writerQuotingThemself(String paragraph, Speaker writer) {
        Matcher firstPerson = FIRST_PERSON.matcher(paragraph);
        if (writer.name() == null
                || !firstPerson.find()
                || ANOTHER_SPEAKER.matcher(firstPerson.group("rest")).find()) {
            return Optional.empty();
        }
        return Optional.of(
                Speaker.namedInLeadIn(writer.name(), "the lead-in \"" + paragraph + "\" quotes its own writer"));
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
