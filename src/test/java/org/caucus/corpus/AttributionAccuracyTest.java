package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caucus.corpus.importing.ParsedMessage;
import org.caucus.corpus.importing.PipermailPageReader;
import org.junit.jupiter.api.Test;

/** Measures attribution against the hand-labelled blocks in {@code attribution-gold/} (see its README). */
class AttributionAccuracyTest {

    private static final String GOLD = "/attribution-gold/";
    private static final String POSTER = "Poster: ";
    private static final String UNKNOWN = "unknown";
    private static final double MIN_RIGHT = 0.95;
    private static final double MAX_WRONG = 0.01;

    private final BodySegmenter sut = new BodySegmenter();

    @Test
    void gold_quoted_blocks_are_attributed_with_at_least_95_percent_right_and_at_most_1_percent_wrong() {
        List<String> wrong = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> rows = resource(GOLD + "gold.tsv")
                .lines()
                .skip(1)
                .filter(row -> !row.isBlank())
                .toList();
        for (String row : rows) {
            String[] fields = row.split("\t");
            assertThat(fields).as("fields of gold row '%s'", row).hasSize(3);
            GoldMessage message = message(fields[0]);
            String found = speakerOfBlockContaining(message, fields[1]);
            String expected = fields[2];
            if (!sameSpeaker(expected, found)) {
                String line = "%s | %s | expected %s, found %s".formatted(fields[0], fields[1], expected, found);
                (found == null ? unknown : wrong).add(line);
            }
        }
        int right = rows.size() - wrong.size() - unknown.size();
        System.out.printf(
                "Attribution accuracy over %d gold blocks: %d right (%.1f%%), %d wrong, %d unknown%n",
                rows.size(), right, 100.0 * right / rows.size(), wrong.size(), unknown.size());
        wrong.forEach(line -> System.out.println("  wrong:   " + line));
        unknown.forEach(line -> System.out.println("  unknown: " + line));

        assertThat(rows.size()).as("gold blocks").isGreaterThanOrEqualTo(60);
        assertThat((double) right / rows.size()).as("share right").isGreaterThanOrEqualTo(MIN_RIGHT);
        assertThat((double) wrong.size() / rows.size())
                .as("share wrong, which are %s", wrong)
                .isLessThanOrEqualTo(MAX_WRONG);
    }

    private String speakerOfBlockContaining(GoldMessage message, String snippet) {
        String body = message.body();
        int at = body.indexOf(snippet);
        assertThat(at).as("position of '%s' in the body", snippet).isNotNegative();
        assertThat(body.indexOf(snippet, at + 1))
                .as("second position of '%s' in the body", snippet)
                .isNegative();
        BodySegment block = sut.segment(body, message.poster()).stream()
                .filter(segment -> segment.start() <= at && at < segment.end())
                .findFirst()
                .orElseThrow();
        assertThat(block.depth()).as("depth of the block with '%s'", snippet).isPositive();
        return block.speakerName();
    }

    private static boolean sameSpeaker(String expected, String found) {
        if (expected.equals(UNKNOWN)) {
            return found == null;
        }
        return found != null && normalised(found).equals(normalised(expected));
    }

    private static String normalised(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** A gold file starts with its poster; the seed is a pipermail page as the importer reads it. */
    private static GoldMessage message(String name) {
        String text = resource(name.startsWith("/") ? name : GOLD + name);
        if (!text.startsWith(POSTER)) {
            ParsedMessage page = new PipermailPageReader().read(name, text.getBytes(StandardCharsets.UTF_8));
            return new GoldMessage(page.posterName(), page.body());
        }
        String poster = text.substring(POSTER.length(), text.indexOf('\n')).strip();
        return new GoldMessage(poster, text.substring(text.indexOf("\n\n") + 2));
    }

    private static String resource(String path) {
        try (InputStream in = AttributionAccuracyTest.class.getResourceAsStream(path)) {
            assertThat(in).as("%s on the test classpath", path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record GoldMessage(String poster, String body) {}
}
