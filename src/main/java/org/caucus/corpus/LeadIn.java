package org.caucus.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence that introduces a quotation and names its author, such as "A further reason for this being stated by
 * Michael Gurstein in a different thread:". Writers use it when they paste words from another message without an
 * attribution line.
 */
final class LeadIn {

    private static final Pattern BY_NAME =
            Pattern.compile("\\bby\\s+(\\p{Lu}[\\p{L}'’-]*\\.?(?:\\s+\\p{Lu}[\\p{L}'’-]*\\.?)*)");

    private LeadIn() {}

    /** The speaker named by the lead-in that ends the block, if its last paragraph is one. */
    static Optional<Speaker> speakerNamedAtEndOf(Block block) {
        String paragraph = lastParagraph(block.lines());
        if (!paragraph.endsWith(":")) {
            return Optional.empty();
        }
        Matcher byName = BY_NAME.matcher(paragraph);
        String name = null;
        while (byName.find()) {
            name = byName.group(1);
        }
        return Optional.ofNullable(name).map(found -> new Speaker(found, "named in the lead-in \"" + paragraph + "\""));
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
