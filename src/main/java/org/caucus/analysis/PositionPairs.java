package org.caucus.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts, one message at a time, the pairs of positions coded in the same message and the pairs of
 * their passages that share text. Passages arrive grouped by message; positions are numbered in
 * codebook order, and each pair is kept once, the position earlier in the codebook first.
 */
final class PositionPairs {

    private record Passage(int position, int start, int end) {}

    private final int positions;
    private final long[] messages;
    private final long[] overlapping;
    /** The number of the last message that counted each pair, so that a message counts a pair once. */
    private final int[] countedIn;

    private final List<Passage> message = new ArrayList<>();
    private long messageId = Long.MIN_VALUE;
    private int messageNumber;

    PositionPairs(int positions) {
        this.positions = positions;
        this.messages = new long[positions * positions];
        this.overlapping = new long[positions * positions];
        this.countedIn = new int[positions * positions];
    }

    void add(long messageId, int position, int start, int end) {
        if (messageId != this.messageId) {
            countMessage();
            this.messageId = messageId;
        }
        message.add(new Passage(position, start, end));
    }

    /** Messages in which both positions are coded; call {@link #finish} first. */
    long messages(int first, int second) {
        return messages[first * positions + second];
    }

    /** Pairs of passages, one with each position, that share text. */
    long overlapping(int first, int second) {
        return overlapping[first * positions + second];
    }

    void finish() {
        countMessage();
    }

    private void countMessage() {
        messageNumber++;
        for (int i = 0; i < message.size(); i++) {
            Passage one = message.get(i);
            for (int j = i + 1; j < message.size(); j++) {
                Passage other = message.get(j);
                if (one.position() == other.position()) {
                    continue;
                }
                int pair = Math.min(one.position(), other.position()) * positions
                        + Math.max(one.position(), other.position());
                if (countedIn[pair] != messageNumber) {
                    countedIn[pair] = messageNumber;
                    messages[pair]++;
                }
                if (one.start() < other.end() && other.start() < one.end()) {
                    overlapping[pair]++;
                }
            }
        }
        message.clear();
    }
}
