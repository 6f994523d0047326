package org.caucus.corpus;

import java.util.Arrays;

/**
 * The words of a text as quote provenance compares them: runs of letters and digits, lowercased, each with a 64-bit
 * hash and its place in the text. Everything else (punctuation, quote markers {@code >}, line breaks and any run of
 * whitespace) only separates words, so a passage reads the same however it was re-wrapped or quoted.
 */
final class WordTokens {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long SHINGLE_BASE = 0x9e3779b97f4a7c15L;

    /*
     * Nearly every character of a mailing list is ASCII; this table, built with the same Character methods, answers
     * for those without the Unicode property lookups that tokenising used to spend most of its time in.
     */
    private static final int NO_WORD_CHARACTER = -1;
    private static final int[] ASCII_WORD_CHARACTERS = new int[128];

    static {
        for (char c = 0; c < ASCII_WORD_CHARACTERS.length; c++) {
            ASCII_WORD_CHARACTERS[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : NO_WORD_CHARACTER;
        }
    }

    private long[] hashes;
    private int[] starts;
    private int[] ends;
    private int size;

    private WordTokens(int capacity) {
        hashes = new long[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
    }

    static WordTokens of(String text) {
        WordTokens tokens = new WordTokens(Math.max(4, text.length() / 5));
        int length = text.length();
        int start = -1;
        long hash = FNV_OFFSET;
        for (int i = 0; i < length; ) {
            int c = codePointAt(text, i);
            int folded = lowerCaseWordCharacter(c);
            if (folded != NO_WORD_CHARACTER) {
                if (start < 0) {
                    start = i;
                    hash = FNV_OFFSET;
                }
                hash = (hash ^ folded) * FNV_PRIME;
            } else if (start >= 0) {
                tokens.add(hash, start, i);
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            tokens.add(hash, start, length);
        }
        return tokens;
    }

    /** As {@link String#codePointAt}, without its checks for the characters of one UTF-16 unit, nearly all of them. */
    private static int codePointAt(String text, int index) {
        char c = text.charAt(index);
        return Character.isHighSurrogate(c) ? text.codePointAt(index) : c;
    }

    /** The character lower-cased if it is a letter or digit, else {@link #NO_WORD_CHARACTER}. */
    private static int lowerCaseWordCharacter(int c) {
        if (c < ASCII_WORD_CHARACTERS.length) {
            return ASCII_WORD_CHARACTERS[c];
        }
        return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : NO_WORD_CHARACTER;
    }

    private void add(long hash, int start, int end) {
        if (size == hashes.length) {
            int capacity = size + (size >> 1) + 1;
            hashes = Arrays.copyOf(hashes, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
        }
        hashes[size] = hash;
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    int size() {
        return size;
    }

    long hash(int token) {
        return hashes[token];
    }

    /** Offset of the token's first character in the text. */
    int start(int token) {
        return starts[token];
    }

    /** Offset one past the token's last character. */
    int end(int token) {
        return ends[token];
    }

    /** The first token that starts at or after {@code offset}, or {@link #size()}. */
    int firstAtOrAfter(int offset) {
        int found = Arrays.binarySearch(starts, 0, size, offset);
        return found >= 0 ? found : -found - 1;
    }

    /** A hash of all the words in order. */
    long sequenceHash() {
        long h = size;
        for (int i = 0; i < size; i++) {
            h = h * 0x9e3779b97f4a7c15L + hashes[i];
        }
        return mix(h);
    }

    /** Whether both hold the same words in the same order, however written. */
    boolean sameWords(WordTokens other) {
        return Arrays.equals(hashes, 0, size, other.hashes, 0, other.size);
    }

    /**
     * The hash of each run of {@code width} consecutive words between {@code from} and {@code to}: element {@code s}
     * is the hash of the words from {@code from + s} on. Order matters: the same words in another order give another
     * hash. Each run's sum is the one before it with its first word taken out and the next word put in, so a text
     * costs two multiplications a word rather than {@code width}; the arithmetic wraps, so the sums are exactly those
     * of adding each run's words afresh.
     *
     * @return empty when fewer than {@code width} words lie between
     */
    long[] shingles(int from, int to, int width) {
        int count = Math.max(0, to - from - width + 1);
        long[] shingles = new long[count];
        if (count == 0) {
            return shingles;
        }
        // A run's sum weighs its first word by the base to the power width - 1, its last by 1.
        long firstWordWeight = 1;
        for (int j = 1; j < width; j++) {
            firstWordWeight *= SHINGLE_BASE;
        }
        long sum = 0;
        for (int j = from; j < from + width; j++) {
            sum = sum * SHINGLE_BASE + hashes[j];
        }
        shingles[0] = mix(sum);
        for (int s = 1; s < count; s++) {
            sum = (sum - hashes[from + s - 1] * firstWordWeight) * SHINGLE_BASE + hashes[from + s - 1 + width];
            shingles[s] = mix(sum);
        }
        return shingles;
    }

    /** Murmur3's finaliser, so that nearby sums spread over all bits. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
