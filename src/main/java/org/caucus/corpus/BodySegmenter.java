package org.caucus.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a normalised message body into blocks (own text, quotations by depth, attribution lines, signatures,
 * forwarded headers, the archive footer) and says who speaks in each, so that a passage quoted from Joana Varon is
 * credited to her and not to the person who posted the reply.
 *
 * <p>The blocks cover the body without gaps or overlaps and start at line starts; each includes its lines' line
 * breaks.
 *
 * <p>Keep one segmenter for many messages: it remembers the attribution lines it has read, which replies quote again
 * and again. It may serve several threads at once.
 */
public final class BodySegmenter {

    private final AttributionNames attributions = new AttributionNames();

    /**
     * @param body the message body as normalised on import
     * @param posterName who posted the message, the speaker of its unquoted text
     * @return the blocks in body order; none for an empty body
     */
    public List<BodySegment> segment(String body, String posterName) {
        // Each pass corrects the depth that quote markers alone would give one kind of line.
        List<BodyLine> lines = BodyLine.split(body);
        lines = EscapedFromLines.unescaped(body, lines);
        lines = PythonSessions.unquoted(body, lines);
        lines = CitationNicknames.cited(lines);
        lines = NormalDiffs.unquoted(lines);
        ForwardedHeaders headers = new ForwardedHeaders(lines);
        List<Block> blocks = blocksOf(OutlookOriginals.deepened(lines, headers), headers);
        List<Speaker> speakers = new QuoteAttributor(posterName, attributions).attribute(blocks);
        List<BodySegment> segments = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Speaker speaker = speakers.get(i);
            segments.add(new BodySegment(
                    block.start(),
                    block.end(),
                    block.role(),
                    block.depth(),
                    speaker.name(),
                    speaker.address(),
                    speaker.evidence(),
                    speaker.confidence()));
        }
        return segments;
    }

    private List<Block> blocksOf(List<BodyLine> lines, ForwardedHeaders headers) {
        List<BlockRole> roles = LineRoles.of(lines, headers, attributions);
        List<Block> blocks = new ArrayList<>();
        List<BodyLine> leadingBlankLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            BodyLine line = lines.get(i);
            BlockRole role = roles.get(i);
            Block last = blocks.isEmpty() ? null : blocks.getLast();
            // A block's line list grows here until a line with another role or depth starts the next block.
            if (last != null && (role == null || (role == last.role() && line.depth() == last.depth()))) {
                last.lines().add(line);
            } else if (role == null) {
                leadingBlankLines.add(line);
            } else {
                List<BodyLine> blockLines = new ArrayList<>(leadingBlankLines);
                leadingBlankLines.clear();
                blockLines.add(line);
                blocks.add(new Block(role, line.depth(), blockLines));
            }
        }
        if (!leadingBlankLines.isEmpty()) {
            blocks.add(new Block(BlockRole.OWN_TEXT, 0, leadingBlankLines));
        }
        return blocks;
    }
}
