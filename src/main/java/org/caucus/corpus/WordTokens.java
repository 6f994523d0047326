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
        int i = 0;
        int length = text.length();
        while (i < length) {
            int c = codePointAt(text, i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            long hash = FNV_OFFSET;
            while (i < length) {
                c = codePointAt(text, i);
                if (!Character.isLetterOrDigit(c)) {
                    break;
                }
                hash = (hash ^ Character.toLowerCase(c)) * FNV_PRIME;
                i += Character.charCount(c);
            }
            tokens.add(hash, start, i);
        }
        return tokens;
    }

    /** As {@link String#codePointAt}, without its checks for the characters of one UTF-16 unit, nearly all of them. */
    private static int codePointAt(String text, int index) {
        char c = text.charAt(index);
        return Character.isHighSurrogate(c) ? text.codePointAt(index) : c;
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
     * The hash of the {@code width} words starting at {@code token}, which must all exist. Order matters: the same
     * words in another order give another hash.
     */
    long shingle(int token, int width) {
        long h = 0;
        for (int j = token; j < token + width; j++) {
            h = h * 0x9e3779b97f4a7c15L + hashes[j];
        }
        return mix(h);
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
