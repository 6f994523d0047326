package org.caucus.corpus;

import java.util.Arrays;
import java.util.function.IntBinaryOperator;

/**
 * The earlier messages that share shingles with the quote being traced, each with the word numbers of the shingles
 * they share, and the few of them worth checking word by word. {@link QuoteOriginIndex} gathers them anew for every
 * quote, a hundred thousand times in an archive, so the arrays are kept from one quote to the next rather than built
 * as maps of boxed numbers each time. Not thread-safe.
 */
final class OriginCandidates {

    /** By message number: one more than the message's place among this quote's candidates, 0 when it is none. */
    private int[] placeOfMessage = new int[1 << 8];

    private int[] messages = new int[16];
    private Hits[] hits = new Hits[16];
    private int size;

    /** Forgets the candidates of the previous quote. */
    void clear() {
        for (int c = 0; c < size; c++) {
            placeOfMessage[messages[c]] = 0;
        }
        size = 0;
    }

    /** Notes that word {@code quoteWord} of the quote starts the same shingle as word {@code originWord} of a message. */
    void add(int message, int quoteWord, int originWord) {
        if (message >= placeOfMessage.length) {
            placeOfMessage = Arrays.copyOf(placeOfMessage, Math.max(message + 1, placeOfMessage.length * 2));
        }
        int place = placeOfMessage[message] - 1;
        if (place < 0) {
            place = newCandidate(message);
        }
        hits[place].add(quoteWord, originWord);
    }

    int size() {
        return size;
    }

    int message(int candidate) {
        return messages[candidate];
    }

    Hits hits(int candidate) {
        return hits[candidate];
    }

    /**
     * The candidates with most shared shingles, most first and the earlier of two equal ones first, at most {@code
     * limit}. Each candidate is put in its place among the best so far, so that the many with one shared shingle cost
     * one comparison each instead of a sort of them all.
     *
     * @param earlier orders two message numbers by date, as {@link java.util.Comparator#compare} does
     */
    int[] mostShared(int limit, IntBinaryOperator earlier) {
        int[] best = new int[Math.min(limit, size)];
        int kept = 0;
        for (int candidate = 0; candidate < size; candidate++) {
            if (kept == best.length && !before(candidate, best[kept - 1], earlier)) {
                continue;
            }
            int place = kept < best.length ? kept++ : kept - 1;
            while (place > 0 && before(candidate, best[place - 1], earlier)) {
                best[place] = best[place - 1];
                place--;
            }
            best[place] = candidate;
        }
        return best;
    }

    private boolean before(int a, int b, IntBinaryOperator earlier) {
        int shared = Integer.compare(hits[b].size, hits[a].size);
        return shared != 0 ? shared < 0 : earlier.applyAsInt(messages[a], messages[b]) < 0;
    }

    private int newCandidate(int message) {
        if (size == messages.length) {
            messages = Arrays.copyOf(messages, size * 2);
            hits = Arrays.copyOf(hits, size * 2);
        }
        int place = size++;
        messages[place] = message;
        placeOfMessage[message] = place + 1;
        if (hits[place] == null) {
            hits[place] = new Hits();
        }
        hits[place].size = 0;
        return place;
    }

    /** The shared shingles of a quote and one candidate, as pairs of word numbers, in quote order. */
    static final class Hits {
        int[] quoteWords = new int[8];
        int[] originWords = new int[8];
        int size;

        private void add(int quoteWord, int originWord) {
            if (size == quoteWords.length) {
                quoteWords = Arrays.copyOf(quoteWords, size * 2);
                originWords = Arrays.copyOf(originWords, size * 2);
            }
            quoteWords[size] = quoteWord;
            originWords[size] = originWord;
            size++;
        }
    }
}
