package org.caucus.coding;

import org.caucus.corpus.Message;
import org.caucus.corpus.MessageBlock;

/** Checks that a selection reported by a browser really denotes text of the message. */
final class PassageBounds {

    private static final int QUOTED_LENGTH = 60;

    private PassageBounds() {}

    static void check(Message message, PassageRange range) {
        int length = message.getBody().length();
        if (range.start() < 0 || range.end() > length || range.start() >= range.end()) {
            throw new PassageRejectedException("The selection " + range.start() + "-" + range.end()
                    + " is not a range inside message " + message.getId() + ", whose text runs 0-" + length + ".");
        }
        String actual = message.getBody().substring(range.start(), range.end());
        if (!actual.equals(range.text())) {
            throw new PassageRejectedException("The selected text does not match message " + message.getId() + " at "
                    + range.start() + "-" + range.end() + ": the message has '" + shorten(actual)
                    + "' there, the selection was '"
                    + shorten(range.text()) + "'.");
        }
        if (!hasWords(actual)) {
            throw new PassageRejectedException("The selection holds no words, only spaces or quote markers.");
        }
    }

    static boolean hasWords(String body, MessageBlock block, PassageRange range) {
        int from = Math.max(block.getStart(), range.start());
        int to = Math.min(block.getEnd(), range.end());
        return from < to && hasWords(body.substring(from, to));
    }

    private static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String shorten(String text) {
        String oneLine = text == null ? "" : text.replace('\n', ' ');
        return oneLine.length() <= QUOTED_LENGTH ? oneLine : oneLine.substring(0, QUOTED_LENGTH - 1) + "…";
    }
}
