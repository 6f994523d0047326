package org.caucus;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.Issue;
import org.caucus.codebook.Position;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.PassageRange;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.ArchiveImportService;
import org.caucus.corpus.CorpusService;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.springframework.stereotype.Component;

/**
 * For the reader benchmarks: a generated message of about 50 KB with 300 coded passages, every third
 * one overlapping the one before, and an uncoded copy of the same message to compare against.
 */
@Component
public class LongCodedMessage {

    public static final int PASSAGES = 300;
    private static final int LINES = 640;

    private final ProjectService projects;
    private final ArchiveImportService importer;
    private final CorpusService corpus;
    private final CodebookService codebook;
    private final CodingService coding;

    LongCodedMessage(
            ProjectService projects,
            ArchiveImportService importer,
            CorpusService corpus,
            CodebookService codebook,
            CodingService coding) {
        this.projects = projects;
        this.importer = importer;
        this.corpus = corpus;
        this.codebook = codebook;
        this.coding = coding;
    }

    /**
     * @param coded the message with {@value #PASSAGES} passages
     * @param uncoded the same text with none
     */
    public record Fixture(long coded, long uncoded, String body, List<Position> positions) {

        /** The first occurrence of a phrase at or after the start of a numbered line. */
        public PassageRange phraseInLine(int line, String phrase) {
            int lineStart = body.indexOf("Paragraph " + line + ":");
            int start = body.indexOf(phrase, lineStart);
            return new PassageRange(start, start + phrase.length(), phrase);
        }
    }

    public Fixture create() {
        Project project = projects.create("long-" + UUID.randomUUID());
        byte[] page = page().getBytes(StandardCharsets.UTF_8);
        long coded = importer.importMessageText(project, "long-coded.txt", page).messageId();
        // a project of its own: within one, the same message twice is a duplicate and not stored again
        Project apart = projects.create("long-uncoded-" + UUID.randomUUID());
        long uncoded = importer.importMessageText(apart, "long.txt", page).messageId();
        Issue issue = codebook.addIssue(project, "Which option should the group take?", null);
        List<Position> positions = IntStream.rangeClosed(1, 9)
                .mapToObj(n -> codebook.addPosition(
                        issue, "Option " + n, null, String.format("#%06x", 0x1f77b4 * n & 0xffffff), (char) ('0' + n)))
                .toList();
        Fixture fixture =
                new Fixture(coded, uncoded, corpus.read(coded).orElseThrow().body(), positions);
        for (int k = 0; k < PASSAGES; k++) {
            // every third passage overlaps the one before it on the same line
            boolean overlapping = k % 3 == 2;
            int line = overlapping ? 2 * (k - 1) : 2 * k;
            PassageRange range = overlapping
                    ? fixture.phraseInLine(line, "should consider option")
                    : fixture.phraseInLine(line, "the working group should");
            coding.code(new CodingRequest(
                    coded,
                    range,
                    positions.get(k % positions.size()).getId(),
                    StanceQualifier.values()[k % 3],
                    k % 10 == 0 ? "memo " + k : null));
        }
        return fixture;
    }

    private static String page() {
        StringBuilder page = new StringBuilder("""
                [bench] A long message

                bench bench at example.org
                Wed Nov 13 01:51:13 EST 2013


                """);
        for (int line = 0; line < LINES; line++) {
            page.append("Paragraph ")
                    .append(line)
                    .append(": the working group should consider option ")
                    .append(line % 17)
                    .append(" before the summit, says member ")
                    .append(line % 23)
                    .append(".\n");
            if (line % 5 == 4) {
                page.append('\n');
            }
        }
        return page.toString();
    }
}
