package org.caucus.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides who speaks in each block of one message from what the message itself says. A quotation belongs to the
 * writer named in the attribution line or lead-in just outside it; a quotation interrupted by replies continues with
 * the same writer. Matching quotations against the earlier messages of a corpus will extend these rules.
 */
final class QuoteAttributor {

    private final String posterName;

    QuoteAttributor(String posterName) {
        this.posterName = posterName;
    }

    /** @return one speaker per block, in the same order */
    List<Speaker> attribute(List<Block> blocks) {
        List<Speaker> speakers = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            speakers.add(speakerOf(blocks, i, speakers));
        }
        return speakers;
    }

    private Speaker speakerOf(List<Block> blocks, int index, List<Speaker> earlier) {
        Block block = blocks.get(index);
        return switch (block.role()) {
            case SIGNATURE -> Speaker.nobody("signature");
            case FORWARDED_HEADER -> Speaker.nobody("forwarded header");
            case ARCHIVE_FOOTER -> Speaker.nobody("archive footer");
            case OWN_TEXT, QUOTE, ATTRIBUTION ->
                block.depth() == 0 ? new Speaker(posterName, "the poster") : quotedSpeaker(blocks, index, earlier);
        };
    }

    private static Speaker quotedSpeaker(List<Block> blocks, int index, List<Speaker> earlier) {
        int depth = blocks.get(index).depth();
        for (int i = index - 1; i >= 0; i--) {
            Block candidate = blocks.get(i);
            // Deeper blocks are quotations inside the quotation, shallower ones replies that interrupt it.
            if (!candidate.role().carriesStatements() || candidate.depth() > depth || candidate.depth() < depth - 1) {
                continue;
            }
            if (candidate.depth() == depth) {
                return continuing(earlier.get(i));
            }
            if (candidate.role() == BlockRole.ATTRIBUTION) {
                String attribution = textOf(candidate);
                return new Speaker(AttributionLine.speakerName(attribution), attribution);
            }
            if (i == index - 1) {
                Optional<Speaker> named = LeadIn.speakerNamedAtEndOf(candidate);
                if (named.isPresent()) {
                    return named.get();
                }
            }
        }
        return Speaker.nobody("no attribution found");
    }

    private static Speaker continuing(Speaker quoted) {
        return quoted.name() == null ? quoted : new Speaker(quoted.name(), "continues the quote of " + quoted.name());
    }

    private static String textOf(Block attribution) {
        return attribution.lines().stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.content().strip())
                .collect(Collectors.joining(" "));
    }
}
