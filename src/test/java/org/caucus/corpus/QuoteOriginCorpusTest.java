package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.caucus.SharedCorpora;
import org.caucus.corpus.QuoteOriginIndex.Origin;
import org.caucus.corpus.importing.MailSources;
import org.caucus.corpus.importing.ParsedMessage;
import org.caucus.corpus.importing.ReadOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Quote provenance on the real twisted-python archive in {@code ../shared/corpora}; skipped when it is absent.
 * Prints what it measures.
 */
class QuoteOriginCorpusTest {

    private final BodySegmenter segmenter = new BodySegmenter();

    private final QuoteOriginIndex sut = new QuoteOriginIndex();

    @Test
    void most_quoted_blocks_of_a_month_find_the_message_they_were_copied_from() {
        Path month = SharedCorpora.folder().resolve("twisted-python/2013-November.txt.gz");
        Tally tally = new Tally();

        feed(read(month, tally), tally);

        System.out.printf("twisted-python 2013-November: %s%n", tally);
        assertThat(tally.quotes).as("quoted blocks in the month").isGreaterThan(300);
        assertThat(tally.shareWithOrigin())
                .as("share of quoted blocks with an origin in the month (72.8% when written)")
                .isGreaterThan(0.65);
        assertThat(tally.shareOfLongQuotesWithOrigin())
                .as("share of quoted blocks of at least %d words with an origin", QuoteOriginIndex.GUARANTEED_WORDS)
                .isGreaterThan(0.8);
    }

    /** About 45 s on a 2-core machine, most of it reading and segmenting: run with {@code -Dcaucus.benchmark=true}. */
    @Test
    @EnabledIfSystemProperty(named = "caucus.benchmark", matches = "true")
    void the_whole_twisted_python_archive_is_indexed_and_resolved_in_one_pass() throws IOException {
        Path folder = SharedCorpora.folder().resolve("twisted-python");
        Tally tally = new Tally();
        long started = System.nanoTime();

        for (Path month : months(folder)) {
            feed(read(month, tally), tally);
        }

        long millis = (System.nanoTime() - started) / 1_000_000;
        System.gc();
        long heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        System.out.printf(
                "twisted-python, all months: %s; %d messages indexed, %d shingles; %d ms in all"
                        + " (reading %d ms, segmenting %d ms, resolving quotes %d ms, indexing %d ms);"
                        + " heap in use after GC with the index alive: %d MB%n",
                tally,
                sut.indexedMessages(),
                sut.indexedShingles(),
                millis,
                tally.readNanos / 1_000_000,
                tally.segmentNanos / 1_000_000,
                tally.resolveNanos / 1_000_000,
                tally.indexNanos / 1_000_000,
                heapMb);
        assertThat(tally.messages).as("messages fed").isGreaterThan(60_000);
    }

    /** Resolves each message's quotes against the messages before it, then indexes it, in date order. */
    private void feed(List<ParsedMessage> messages, Tally tally) {
        List<ParsedMessage> inOrder = messages.stream()
                .sorted(Comparator.comparing(
                        (ParsedMessage m) ->
                                m.sentAt() == null ? null : m.sentAt().toInstant(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        for (ParsedMessage message : inOrder) {
            long t1 = System.nanoTime();
            String body = message.body();
            List<BodySegment> blocks = segmenter.segment(body, message.posterName());
            long t2 = System.nanoTime();
            Instant sentAt = message.sentAt() == null ? null : message.sentAt().toInstant();
            List<Optional<Origin>> origins = sut.origins(body, blocks, sentAt);
            long t3 = System.nanoTime();
            sut.add(tally.messages, sentAt, body, blocks);
            long t4 = System.nanoTime();
            tally.segmentNanos += t2 - t1;
            tally.resolveNanos += t3 - t2;
            tally.indexNanos += t4 - t3;
            tally.messages++;
            for (int i = 0; i < blocks.size(); i++) {
                BodySegment block = blocks.get(i);
                if (block.role() == BlockRole.QUOTE) {
                    tally.count(body.substring(block.start(), block.end()), origins.get(i));
                }
            }
        }
    }

    private static List<ParsedMessage> read(Path path, Tally tally) {
        long t0 = System.nanoTime();
        List<ParsedMessage> messages = new ArrayList<>();
        new MailSources().read(path, outcome -> {
            if (outcome instanceof ReadOutcome.Read read) {
                messages.add(read.message());
            }
        });
        tally.readNanos += System.nanoTime() - t0;
        return messages;
    }

    /** The monthly archives of a folder in calendar order (reading a folder gives name order). */
    private static List<Path> months(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt.gz"))
                    .sorted(Comparator.comparing(QuoteOriginCorpusTest::yearMonth))
                    .toList();
        }
    }

    private static YearMonth yearMonth(Path archive) {
        String[] parts = archive.getFileName().toString().replace(".txt.gz", "").split("-");
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(parts[1])) {
                return YearMonth.of(Integer.parseInt(parts[0]), month);
            }
        }
        throw new IllegalArgumentException("not a monthly archive: " + archive);
    }

    private static final class Tally {
        int messages;
        int quotes;
        int withOrigin;
        int[] quotesBySize = new int[3];
        int[] withOriginBySize = new int[3];
        double confidence;
        long readNanos;
        long segmentNanos;
        long resolveNanos;
        long indexNanos;

        void count(String quote, Optional<Origin> origin) {
            int words =
                    WordTokens.of(QuoteOriginIndex.withoutQuoteMarkers(quote)).size();
            int size = words < QuoteOriginIndex.SHINGLE_WORDS ? 0 : words < QuoteOriginIndex.GUARANTEED_WORDS ? 1 : 2;
            quotes++;
            quotesBySize[size]++;
            if (origin.isPresent()) {
                withOrigin++;
                withOriginBySize[size]++;
                confidence += origin.get().confidence();
            }
        }

        double shareWithOrigin() {
            return (double) withOrigin / quotes;
        }

        double shareOfLongQuotesWithOrigin() {
            return (double) withOriginBySize[2] / quotesBySize[2];
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%d messages, %d quoted blocks, %.1f%% with an origin (mean confidence %.2f);"
                            + " under %d words: %d blocks; %d-%d words: %d blocks, %.1f%% with an origin;"
                            + " %d words or more: %d blocks, %.1f%% with an origin",
                    messages,
                    quotes,
                    100.0 * withOrigin / quotes,
                    withOrigin == 0 ? 0 : confidence / withOrigin,
                    QuoteOriginIndex.SHINGLE_WORDS,
                    quotesBySize[0],
                    QuoteOriginIndex.SHINGLE_WORDS,
                    QuoteOriginIndex.GUARANTEED_WORDS - 1,
                    quotesBySize[1],
                    100.0 * withOriginBySize[1] / Math.max(1, quotesBySize[1]),
                    QuoteOriginIndex.GUARANTEED_WORDS,
                    quotesBySize[2],
                    100.0 * withOriginBySize[2] / Math.max(1, quotesBySize[2]));
        }
    }
}
