package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.caucus.IntegrationTest;
import org.caucus.SharedCorpora;
import org.caucus.corpus.importing.MailSources;
import org.caucus.corpus.importing.ParsedMessage;
import org.caucus.corpus.importing.ReadOutcome;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.caucus.search.SearchIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A pasted page reads back only the stored messages that share passages with it. Over real months of a list, the
 * quotes of every message of a month are traced exactly as they are when every stored message is read back.
 */
@IntegrationTest
class OriginsAmongSharersTest {

    @Autowired
    ArchiveImportService importer;

    @Autowired
    ProjectService projects;

    @Autowired
    StoredOwnText storedOwnText;

    @Autowired
    TextSharingMessages sharing;

    @Autowired
    SearchIndex searchIndex;

    private final BodySegmenter segmenter = new BodySegmenter();

    Path months;
    Project project;

    @BeforeEach
    void threeMonthsStored() {
        months = SharedCorpora.folder().resolve("twisted-python");
        project = projects.create("sharers-" + UUID.randomUUID());
        importer.importPaths(
                project,
                // A year and a half, so that a passage's words are found in many messages that do not hold it.
                Stream.iterate(YearMonth.of(2012, 7), month -> month.plusMonths(1))
                        .limit(18)
                        .map(month -> months.resolve(month.getYear() + "-"
                                + month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ".txt.gz"))
                        .toList(),
                ImportProgress.NONE);
        searchIndex.awaitImportsIndexed();
        // Other tests write messages straight into the shared database; the index is asked only when it holds them all.
        if (searchIndex.outdated()) {
            searchIndex.rebuild();
        }
    }

    @Test
    void a_months_quotes_are_traced_among_the_sharers_as_among_every_stored_message() {
        ProjectOrigins whole = ProjectOrigins.of(project.getId(), storedOwnText);
        int traced = 0;
        long read = 0;
        // Stored already, so traced again as a page pasted a second time would be before it is found held.
        List<ParsedMessage> december = read(months.resolve("2013-December.txt.gz"));
        for (ParsedMessage message : december) {
            ProjectOrigins sharers = ProjectOrigins.ofOnly(project.getId(), sharersOf(List.of(message)), storedOwnText);
            read += sharers.known();
            List<BodySegment> blocks = segmenter.segment(message.body(), message.posterName());
            Instant sentAt = message.sentAt().toInstant();

            List<QuotedFrom> expected = whole.resolved(whole.origins(message.body(), blocks, sentAt));
            assertThat(sharers.resolved(sharers.origins(message.body(), blocks, sentAt)))
                    .as("origins of the quotes of \"%s\"", message.subject())
                    .isEqualTo(expected);
            traced += (int) expected.stream().filter(Objects::nonNull).count();
        }

        assertThat(traced).as("quotes traced over the month").isGreaterThan(50);
        assertThat(read / december.size())
                .as("stored messages read back for a message, of %d", whole.known())
                .isLessThan(whole.known() / 5);
    }

    private Set<Long> sharersOf(List<ParsedMessage> messages) {
        return PassagesToTrace.of(messages, segmenter, Integer.MAX_VALUE)
                .flatMap(passages ->
                        sharing.sharingPassages(project.getId(), passages, StoredOrigins.MESSAGES_PER_PASSAGE))
                .orElseThrow();
    }

    private static List<ParsedMessage> read(Path month) {
        List<ParsedMessage> messages = new ArrayList<>();
        new MailSources().read(month, outcome -> {
            if (outcome instanceof ReadOutcome.Read read && read.message().sentAt() != null) {
                messages.add(read.message());
            }
        });
        return messages;
    }
}
