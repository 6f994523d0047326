package org.caucus.corpus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds where a quoted passage was first written: the earliest earlier message whose own text contains it. A passage
 * quoted in five replies then counts as one statement, credited to whoever wrote it, and the quotes of quotes inside
 * a reply go back to the message where their text was own text.
 *
 * <p>Messages are fed one by one in date order with {@link #add}; a message's quotes are resolved with {@link
 * #origins} (or {@link #originOf}) before it is added itself, against everything added so far.
 *
 * <p><b>Order.</b> Messages an import reads are added as the archive holds them, which is the order the list received
 * them in: a message added before a quote may be its origin whatever its Date says, since senders' clocks are wrong at
 * times. The messages of earlier imports ({@link #addStored}) have no place in that order, only their dates, so they
 * are an origin only if sent no later than the quote. An import of earlier months into a project holding later ones
 * would otherwise credit a quote to a later message that repeats the passage as its own text (a draft statement
 * pasted again). The same holds for {@link #originOfStoredQuote}: the quotes of earlier imports' messages, traced again
 * once an import has added the messages they may quote. A day's grace for wrong clocks was tried and dropped: on
 * twisted-python it traced the lines of a patch, which read as quotes, to the corrected patch its author sent twelve
 * minutes later.
 *
 * <p><b>How.</b> Text is compared as words ({@link WordTokens}: lowercased runs of letters and digits, so punctuation,
 * quote markers, line breaks and re-wrapping do not matter). The own text (depth-0 {@link BlockRole#OWN_TEXT} blocks)
 * of each message is cut into shingles of {@value #SHINGLE_WORDS} consecutive words, and only the winnowed ones are
 * indexed: the smallest shingle hash of every window of {@value #WINDOW} consecutive shingles (Schleimer, Wilkerson
 * and Aiken, 2003). That keeps about 2/({@value #WINDOW}+1), a third, of the shingles and still guarantees that any
 * passage of {@value #GUARANTEED_WORDS} or more words copied from an indexed text shares at least one indexed
 * shingle with it. A quote looks up <em>all</em> its shingles; the messages they hit are candidates, and the best
 * voted are checked word by word, which also gives the exact span. A passage shorter than a shingle has no origin.
 *
 * <p><b>Memory.</b> The index holds primitive arrays only: an open-addressing table from 64-bit shingle hash to a
 * chain of postings (message number, word number; 12 bytes each), and the own text of the messages added (the only
 * text kept: it is needed to check a candidate and to give offsets into the origin's body). Quoted text is never
 * stored, nor is a message whose own text repeats an earlier one word for word. On the whole twisted-python archive
 * (65,706 messages, 33,460 with new own text) that is 1.27 million postings, and the heap in use stays near 115 MB.
 * The own text of a message an earlier import stored is not kept but read again from the database ({@link
 * StoredTexts}) when a quote is compared with it, which few of a project's messages ever are: a project's stored
 * messages would otherwise hold a third of the heap an import into it needs.
 *
 * <p>Not thread-safe.
 */
public final class QuoteOriginIndex {

    /**
     * Where a quoted passage comes from.
     *
     * @param messageId the earliest earlier message whose own text holds the passage
     * @param start offset in that message's body of the first matched character
     * @param end offset one past the last matched character
     * @param confidence from 0 to 1: the share of the quote's words found there, lowered for matches shorter than
     *     {@value #GUARANTEED_WORDS} words and divided among equally good earlier messages
     */
    public record Origin(long messageId, int start, int end, double confidence) {}

    /** Reads again the own text of a message an earlier import stored. */
    interface StoredTexts {

        /** @param messageId the number it was added under with {@link #addStored} */
        List<OwnText> of(long messageId);
    }

    /** Words per shingle: long enough that eight words in the same order rarely recur by chance. */
    static final int SHINGLE_WORDS = 8;

    /** Winnowing window, in shingles. */
    static final int WINDOW = 5;

    /** A shared passage at least this long (in words) always shares an indexed shingle. */
    static final int GUARANTEED_WORDS = SHINGLE_WORDS + WINDOW - 1;

    /**
     * At least this share of a quote's words must be found, in order, in the origin's own text: the rest may be
     * edits by the quoter (a trimmed sentence, "[...]"), but a quote whose words are mostly elsewhere is not from it.
     */
    static final double MIN_COVERAGE = 0.6;

    /** A shingle that is own text in more messages than this is boilerplate: only the earliest ones are considered. */
    private static final int MAX_POSTINGS_PER_SHINGLE = 256;

    /** Candidates checked word by word per quote, those with most shared shingles first. */
    private static final int MAX_VERIFIED = 16;

    /** Own texts kept at hand for comparing, with their words. */
    private static final int RECENTLY_COMPARED = 256;

    private final ShingleTable table = new ShingleTable();

    private final StoredTexts storedTexts;

    private final OriginCandidates candidates = new OriginCandidates();

    private int[] postingMessage = new int[1 << 12];
    private int[] postingWord = new int[1 << 12];
    private int[] postingNext = new int[1 << 12];
    private int postings;

    private long[] messageIds = new long[1 << 8];
    private long[] orderKeys = new long[1 << 8];
    /**
     * Per message: its own text; {@code null} for one an earlier import stored, whose text is read again and whose
     * date alone places it among the others.
     */
    private String[] ownTexts = new String[1 << 8];
    /** Per message: pairs of (offset in own text, offset in body) where each own-text block starts. */
    private int[][] pieces = new int[1 << 8][];

    /** The first message with each sequence of own-text words, by {@link WordTokens#sequenceHash()}. */
    private final Map<Long, Integer> firstWithWords = new HashMap<>();

    /**
     * The own texts compared last, with their words. Replies quote the few messages before them over and over, and
     * archives repeat messages, so most comparisons find their message here instead of cutting its text into words
     * again, or reading it again.
     */
    private final Map<Integer, Compared> recentlyCompared = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Compared> eldest) {
            return size() > RECENTLY_COMPARED;
        }
    };

    private record Compared(String text, WordTokens words) {}

    private int messages;
    private long lastOrderKey = Long.MIN_VALUE;

    /** An index of the messages an import adds, without any an earlier import stored. */
    public QuoteOriginIndex() {
        this(messageId -> {
            throw new IllegalStateException("No stored message was added, yet message " + messageId + " was asked for");
        });
    }

    /** @param storedTexts where the own texts of the messages given to {@link #addStored} are read again */
    QuoteOriginIndex(StoredTexts storedTexts) {
        this.storedTexts = storedTexts;
    }

    /**
     * Indexes the own text of a message. Messages are expected in date order; one without a date keeps the place it
     * was fed at.
     *
     * @param sentAt when it was sent, or null when unknown
     * @param body the normalised body the blocks point into
     * @param blocks the body's blocks, as {@link BodySegmenter} found them
     */
    public void add(long messageId, Instant sentAt, String body, List<BodySegment> blocks) {
        List<OwnText> pieces = new ArrayList<>();
        for (BodySegment block : blocks) {
            if (block.role() == BlockRole.OWN_TEXT && block.depth() == 0) {
                pieces.add(new OwnText(block.start(), body.substring(block.start(), block.end())));
            }
        }
        index(messageId, sentAt, pieces, false);
    }

    /** A run of a message's own text, and where in the body it starts. */
    record OwnText(int bodyStart, String text) {}

    /**
     * A message's own-text runs as one text, each ending in a line break, with pairs of (offset in the text, offset
     * in the body) where each run starts.
     */
    private record Joined(String text, List<int[]> starts) {

        static Joined of(List<OwnText> pieces) {
            StringBuilder own = new StringBuilder();
            List<int[]> starts = new ArrayList<>();
            for (OwnText piece : pieces) {
                starts.add(new int[] {own.length(), piece.bodyStart()});
                own.append(piece.text());
                if (own.length() > 0 && !Character.isWhitespace(own.charAt(own.length() - 1))) {
                    own.append('\n');
                }
            }
            return new Joined(own.toString(), starts);
        }
    }

    /**
     * Indexes a message an earlier import stored, from its own text alone, as stored messages give it back without
     * their quotes.
     *
     * @param pieces the own-text blocks in body order
     */
    void addStored(long messageId, Instant sentAt, List<OwnText> pieces) {
        index(messageId, sentAt, pieces, true);
    }

    private void index(long messageId, Instant sentAt, List<OwnText> pieces, boolean stored) {
        long orderKey = sentAt != null ? sentAt.getEpochSecond() : lastOrderKey;
        lastOrderKey = orderKey;
        Joined joined = Joined.of(pieces);
        String ownText = joined.text();
        List<int[]> starts = joined.starts();
        WordTokens words = WordTokens.of(ownText);
        if (words.size() < SHINGLE_WORDS || repeatsEarlierOwnText(words)) {
            return;
        }
        int message = newMessage(messageId, orderKey, stored ? null : ownText, starts);
        firstWithWords.putIfAbsent(words.sequenceHash(), message);
        // The next messages are the likeliest to quote this one.
        recentlyCompared.put(message, new Compared(ownText, words));
        for (int p = 0; p < starts.size(); p++) {
            int from = words.firstAtOrAfter(starts.get(p)[0]);
            int to = p + 1 < starts.size() ? words.firstAtOrAfter(starts.get(p + 1)[0]) : words.size();
            winnow(words, from, to, message);
        }
    }

    /**
     * The origin of each quote block of a body (a message not yet added), in block order; empty for the other
     * blocks and for quotes whose text is own text in no earlier message.
     *
     * @param sentAt when the quoting message was sent, or null when unknown
     */
    public List<Optional<Origin>> origins(String body, List<BodySegment> blocks, Instant sentAt) {
        List<Optional<Origin>> origins = new ArrayList<>(blocks.size());
        for (BodySegment block : blocks) {
            origins.add(
                    block.role() == BlockRole.QUOTE
                            ? originOf(body.substring(block.start(), block.end()), sentAt)
                            : Optional.empty());
        }
        return origins;
    }

    /**
     * The earliest added message whose own text contains the passage, compared word by word; a message of an earlier
     * import only if sent no later than the quote.
     *
     * @param quotedText the passage of a message not yet added, with or without its quote markers, wrapped at any width
     * @param quotedAt when the quoting message was sent, or null when unknown (then any added message may be the
     *     origin)
     * @return empty when no added message holds at least {@value #MIN_COVERAGE} of its words in order, and for a
     *     passage of fewer than {@value #SHINGLE_WORDS} words
     */
    public Optional<Origin> originOf(String quotedText, Instant quotedAt) {
        return find(quotedText, quotedAt, false);
    }

    /**
     * As {@link #originOf}, for a quote of a message an earlier import stored: its place among the added messages is
     * known only by its date, so every message sent after it is passed over.
     */
    public Optional<Origin> originOfStoredQuote(String quotedText, Instant quotedAt) {
        return find(quotedText, quotedAt, true);
    }

    /** @param datedOnly whether the quote's place among the added messages is known only by its date */
    private Optional<Origin> find(String quotedText, Instant quotedAt, boolean datedOnly) {
        String quote = withoutQuoteMarkers(quotedText);
        WordTokens words = WordTokens.of(quote);
        if (words.size() < SHINGLE_WORDS) {
            return Optional.empty();
        }
        long latest = quotedAt == null ? Long.MAX_VALUE : quotedAt.getEpochSecond();
        candidates.clear();
        long[] shingles = words.shingles(0, words.size(), SHINGLE_WORDS);
        for (int w = 0; w < shingles.length; w++) {
            int seen = 0;
            for (int p = table.firstPosting(shingles[w]);
                    p != ShingleTable.NONE && seen < MAX_POSTINGS_PER_SHINGLE;
                    p = postingNext[p], seen++) {
                int message = postingMessage[p];
                if (orderKeys[message] <= latest || !(datedOnly || ownTexts[message] == null)) {
                    candidates.add(message, w, postingWord[p]);
                }
            }
        }
        // The best match has the most words; of equally good ones, the earliest message is the origin.
        Match best = null;
        int equallyGood = 0;
        for (int candidate : candidates.mostShared(MAX_VERIFIED, this::earlier)) {
            Match match = verify(quote, words, candidates.message(candidate), candidates.hits(candidate));
            if (match.words < SHINGLE_WORDS || match.words < MIN_COVERAGE * words.size()) {
                continue;
            }
            if (best == null || match.words > best.words) {
                best = match;
                equallyGood = 1;
            } else if (match.words == best.words) {
                equallyGood++;
                best = earlier(match.message, best.message) < 0 ? match : best;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        double coverage = (double) best.words / words.size();
        double length = Math.min(1.0, (double) best.words / GUARANTEED_WORDS);
        return Optional.of(new Origin(messageIds[best.message], best.start, best.end, coverage * length / equallyGood));
    }

    /** Messages whose own text is indexed. */
    public int indexedMessages() {
        return messages;
    }

    /** Shingles kept in the index, over all messages. */
    public int indexedShingles() {
        return postings;
    }

    /**
     * The passage as its writer wrote it: each line without the quote markers in front of it (Supercite's nickname
     * too, when the first line opens with one), and without the list footer that a reply quoting a whole message often
     * drags along (it is no one's own text).
     */
    static String withoutQuoteMarkers(String quoted) {
        StringBuilder text = new StringBuilder(quoted.length());
        String nickname = null;
        boolean opened = false;
        int start = 0;
        while (start < quoted.length()) {
            int lineBreak = quoted.indexOf('\n', start);
            int end = lineBreak < 0 ? quoted.length() : lineBreak + 1;
            int contentEnd = lineBreak < 0 ? end : lineBreak;
            int afterMarkers = CitationNicknames.quotedTextStart(quoted, start, contentEnd, null);
            if (LineRoles.isFooterStart(quoted, afterMarkers, end)) {
                break;
            }
            if (!opened && !quoted.substring(afterMarkers, contentEnd).isBlank()) {
                opened = true;
                nickname = CitationNicknames.nicknameOpening(quoted, afterMarkers, contentEnd);
            }
            text.append(quoted, CitationNicknames.quotedTextStart(quoted, start, contentEnd, nickname), end);
            start = end;
        }
        return text.toString();
    }

    /**
     * Whether an earlier message has the same own text word for word. Such a copy (archives hold some messages
     * twice, one copy with "?" for the characters it lost) adds nothing: the earlier message is the origin of all of
     * it, and indexing both would make every quote of it look ambiguous.
     */
    private boolean repeatsEarlierOwnText(WordTokens words) {
        Integer earlier = firstWithWords.get(words.sequenceHash());
        return earlier != null && compared(earlier).words().sameWords(words);
    }

    private Compared compared(int message) {
        return recentlyCompared.computeIfAbsent(message, m -> {
            String text = ownTexts[m] != null
                    ? ownTexts[m]
                    : Joined.of(storedTexts.of(messageIds[m])).text();
            return new Compared(text, WordTokens.of(text));
        });
    }

    private int earlier(int a, int b) {
        int byDate = Long.compare(orderKeys[a], orderKeys[b]);
        return byDate != 0 ? byDate : Integer.compare(a, b);
    }

    private int newMessage(long messageId, long orderKey, String ownText, List<int[]> starts) {
        if (messages == messageIds.length) {
            int capacity = messages + (messages >> 1);
            messageIds = Arrays.copyOf(messageIds, capacity);
            orderKeys = Arrays.copyOf(orderKeys, capacity);
            ownTexts = Arrays.copyOf(ownTexts, capacity);
            pieces = Arrays.copyOf(pieces, capacity);
        }
        int[] flat = new int[starts.size() * 2];
        for (int p = 0; p < starts.size(); p++) {
            flat[2 * p] = starts.get(p)[0];
            flat[2 * p + 1] = starts.get(p)[1];
        }
        messageIds[messages] = messageId;
        orderKeys[messages] = orderKey;
        ownTexts[messages] = ownText;
        pieces[messages] = flat;
        return messages++;
    }

    /** Indexes the smallest shingle of each window of the block's words, once per run of windows that share it. */
    private void winnow(WordTokens words, int from, int to, int message) {
        long[] hashes = words.shingles(from, to, SHINGLE_WORDS);
        int shingles = hashes.length;
        if (shingles == 0) {
            return;
        }
        int window = Math.min(WINDOW, shingles);
        int lastChosen = -1;
        for (int first = 0; first + window <= shingles; first++) {
            int chosen = first;
            for (int s = first + 1; s < first + window; s++) {
                // The rightmost smallest, so that a run of windows keeps choosing the same shingle.
                if (Long.compareUnsigned(hashes[s], hashes[chosen]) <= 0) {
                    chosen = s;
                }
            }
            if (chosen != lastChosen) {
                post(hashes[chosen], message, from + chosen);
                lastChosen = chosen;
            }
        }
    }

    private void post(long hash, int message, int word) {
        if (postings == postingMessage.length) {
            int capacity = postings + (postings >> 1);
            postingMessage = Arrays.copyOf(postingMessage, capacity);
            postingWord = Arrays.copyOf(postingWord, capacity);
            postingNext = Arrays.copyOf(postingNext, capacity);
        }
        int posting = postings++;
        postingMessage[posting] = message;
        postingWord[posting] = word;
        postingNext[posting] = ShingleTable.NONE;
        // Chains run oldest first, so the cap on a boilerplate shingle keeps the earliest messages.
        int last = table.append(hash, posting);
        if (last != ShingleTable.NONE) {
            postingNext[last] = posting;
        }
    }

    /** Extends each shared shingle word by word and keeps the longest runs that agree in order. */
    private Match verify(String quoteText, WordTokens quote, int message, OriginCandidates.Hits hits) {
        Compared compared = compared(message);
        String ownText = compared.text();
        WordTokens origin = compared.words();
        List<int[]> runs = new ArrayList<>(); // {quote word, origin word, length}
        for (int h = 0; h < hits.size; h++) {
            int q = hits.quoteWords[h];
            int o = hits.originWords[h];
            // A stored text read again shorter than it was indexed (edited in the database meanwhile) has no such word.
            if (o >= origin.size() || extendsRun(runs, q, o)) {
                continue;
            }
            int before = 0;
            while (q - before > 0 && o - before > 0 && quote.hash(q - before - 1) == origin.hash(o - before - 1)) {
                before++;
            }
            int after = 0;
            while (q + after < quote.size()
                    && o + after < origin.size()
                    && quote.hash(q + after) == origin.hash(o + after)) {
                after++;
            }
            if (before + after >= SHINGLE_WORDS) {
                runs.add(new int[] {q - before, o - before, before + after});
            }
        }
        runs.sort(Comparator.comparingInt((int[] r) -> -r[2]));
        List<int[]> kept = new ArrayList<>();
        for (int[] run : runs) {
            if (inOrderAndApartFromAll(run, kept)) {
                kept.add(run);
            }
        }
        if (kept.isEmpty()) {
            return new Match(message, 0, 0, 0);
        }
        int words = 0;
        int firstQuote = Integer.MAX_VALUE;
        int lastQuote = -1;
        int firstOrigin = Integer.MAX_VALUE;
        int lastOrigin = -1;
        for (int[] run : kept) {
            words += run[2];
            firstQuote = Math.min(firstQuote, run[0]);
            lastQuote = Math.max(lastQuote, run[0] + run[2] - 1);
            firstOrigin = Math.min(firstOrigin, run[1]);
            lastOrigin = Math.max(lastOrigin, run[1] + run[2] - 1);
        }
        int start = origin.start(firstOrigin);
        int end = origin.end(lastOrigin);
        // Punctuation around the words ("(", ".", "?") belongs to the span when the quote has it there too.
        if (firstQuote == 0) {
            start = punctuationBefore(ownText, start, quoteText, quote.start(0));
        }
        if (lastQuote == quote.size() - 1) {
            end = punctuationAfter(ownText, end, quoteText, quote.end(lastQuote));
        }
        return new Match(message, words, bodyOffset(message, start, false), bodyOffset(message, end, true));
    }

    /** Moves a span's start back over the punctuation that stands before the quote's first word in both texts. */
    private static int punctuationBefore(String ownText, int start, String quoteText, int quoteStart) {
        int o = start;
        int q = quoteStart;
        while (o > 0
                && q > 0
                && ownText.charAt(o - 1) == quoteText.charAt(q - 1)
                && isPunctuation(ownText.charAt(o - 1))) {
            o--;
            q--;
        }
        return o;
    }

    /** Moves a span's end over the punctuation that follows the quote's last word in both texts. */
    private static int punctuationAfter(String ownText, int end, String quoteText, int quoteEnd) {
        int o = end;
        int q = quoteEnd;
        while (o < ownText.length()
                && q < quoteText.length()
                && ownText.charAt(o) == quoteText.charAt(q)
                && isPunctuation(ownText.charAt(o))) {
            o++;
            q++;
        }
        return o;
    }

    private static boolean isPunctuation(char c) {
        return !Character.isWhitespace(c) && !Character.isLetterOrDigit(c);
    }

    /** Whether the shared shingle at quote word {@code q} and origin word {@code o} lies inside a run found already. */
    private static boolean extendsRun(List<int[]> runs, int q, int o) {
        for (int[] run : runs) {
            if (run[1] - run[0] == o - q && q >= run[0] && q < run[0] + run[2]) {
                return true;
            }
        }
        return false;
    }

    private static boolean inOrderAndApartFromAll(int[] run, List<int[]> kept) {
        for (int[] other : kept) {
            if (!inOrderAndApart(run, other)) {
                return false;
            }
        }
        return true;
    }

    private static boolean inOrderAndApart(int[] a, int[] b) {
        boolean quoteApart = a[0] + a[2] <= b[0] || b[0] + b[2] <= a[0];
        boolean originApart = a[1] + a[2] <= b[1] || b[1] + b[2] <= a[1];
        return quoteApart && originApart && (a[0] < b[0]) == (a[1] < b[1]);
    }

    /** Maps an offset in a message's own text to its body; an end offset maps the character before it. */
    private int bodyOffset(int message, int ownOffset, boolean isEnd) {
        int[] starts = pieces[message];
        int probe = isEnd ? ownOffset - 1 : ownOffset;
        int piece = 0;
        while (piece + 1 < starts.length / 2 && starts[2 * (piece + 1)] <= probe) {
            piece++;
        }
        return starts[2 * piece + 1] + (ownOffset - starts[2 * piece]);
    }

    private record Match(int message, int words, int start, int end) {}
}
