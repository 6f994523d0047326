package org.caucus.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides who speaks in each block of one message from what the message itself says. A quotation belongs to the
 * writer named in the attribution line, {@code From:} header or lead-in just outside it; a quotation interrupted by
 * replies continues with the same writer. Anything else is unknown, never a guess.
 */
final class QuoteAttributor {

    private final String posterName;
    private final AttributionNames attributions;

    QuoteAttributor(String posterName, AttributionNames attributions) {
        this.posterName = posterName;
        this.attributions = attributions;
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
                block.depth() == 0 ? Speaker.poster(posterName) : quotedSpeaker(blocks, index, earlier);
        };
    }

    /*
     * The message's own evidence comes first. Evidence from outside the message (the poster of the message replied
     * to, for a depth-1 quote; the message a quote was first written in) belongs between it and "unknown".
     */
    private Speaker quotedSpeaker(List<Block> blocks, int index, List<Speaker> earlier) {
        return namedInMessage(blocks, index, earlier).orElseGet(() -> Speaker.nobody("no attribution found"));
    }

    private Optional<Speaker> namedInMessage(List<Block> blocks, int index, List<Speaker> earlier) {
        int depth = blocks.get(index).depth();
        for (int i = index - 1; i >= 0; i--) {
            Block candidate = blocks.get(i);
            // Deeper blocks are quotations inside the quotation, shallower ones replies that interrupt it.
            if (candidate.depth() > depth || candidate.depth() < depth - 1) {
                continue;
            }
            if (candidate.role() == BlockRole.FORWARDED_HEADER && candidate.depth() == depth - 1) {
                return ForwardedHeader.writerNamedIn(candidate.lines())
                        .or(() -> Optional.of(Speaker.nobody("the header names no sender")));
            }
            if (!candidate.role().carriesStatements()) {
                continue;
            }
            if (candidate.depth() == depth) {
                /*
                 * An attribution line at the quote's own depth, just above it, names its writer: Apple Mail writes
                 * the attribution inside the quotation, as its first line, and Outlook, NetEase and HTML mail
                 * converted to text flatten the quote they reply to, so the words an attribution line introduces
                 * stand at its depth, not below it.
                 */
                return Optional.of(
                        candidate.role() == BlockRole.ATTRIBUTION && i == index - 1
                                ? attributedIn(candidate)
                                : earlier.get(i).continued());
            }
            if (candidate.role() == BlockRole.ATTRIBUTION) {
                return Optional.of(attributedIn(candidate));
            }
            if (i == index - 1) {
                Optional<Speaker> introduced = LeadIn.speakerIntroducedAtEndOf(candidate, earlier.get(i));
                if (introduced.isPresent()) {
                    return introduced;
                }
            }
        }
        return Optional.empty();
    }

    private Speaker attributedIn(Block attribution) {
        String text = AttributionLine.joined(lastParagraph(attribution.lines()));
        Writer.Named writer = attributions.writer(text);
        return writer == null ? Speaker.nobody("no name in \"" + text + "\"") : Speaker.attributed(writer, text);
    }

    /** Attributions stand on consecutive lines; an earlier paragraph of the block is another attribution. */
    private static List<BodyLine> lastParagraph(List<BodyLine> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        int start = end;
        while (start > 0 && !lines.get(start - 1).isBlank()) {
            start--;
        }
        return lines.subList(start, end);
    }
}
