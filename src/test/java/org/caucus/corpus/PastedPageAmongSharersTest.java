package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.caucus.IntegrationTest;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.caucus.search.SearchIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A pasted page is traced among the stored messages that share passages with it, its own text included: an earlier
 * import's quote of what the page wrote is traced to it, and one that a stored message wrote first stays with nobody
 * rather than going to the page, which only repeats it.
 */
@IntegrationTest
class PastedPageAmongSharersTest {

    private static final String CAROLS = "a coalition that nobody elected cannot speak for the civil society groups"
            + " who have argued for a seat at the table since the first meeting in Geneva ten years ago";

    private static final String PASSAGE = "the summit should hear civil society directly rather than through a"
            + " coalition whose founders decided its charter before anyone from the south was asked to join it";

    @Autowired
    ArchiveImportService importer;

    @Autowired
    ProjectService projects;

    @Autowired
    SearchIndex searchIndex;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    Project project;

    @BeforeEach
    void aReplyStoredBeforeWhatItQuotes() throws IOException {
        project = projects.create("pasted-sharers-" + UUID.randomUUID());
        // Bob's reply comes first in the file, so the import does not trace his quote to Alice, who wrote it.
        Path mbox = folder.resolve("bestbits.mbox");
        Files.writeString(mbox, """
                From bob@example.org Tue Nov  5 10:00:00 2013
                From: Bob <bob@example.org>
                Subject: Re: [bestbits] the summit
                Date: Tue, 05 Nov 2013 10:00:00 +0000
                Message-ID: <reply@example.org>
                In-Reply-To: <origin@example.org>

                > %s

                I disagree with that.

                From dave@example.org Sun Nov 10 10:00:00 2013
                From: Dave <dave@example.org>
                Subject: Re: [bestbits] the summit, again
                Date: Sun, 10 Nov 2013 10:00:00 +0000
                Message-ID: <dave@example.org>

                Carol wrote:
                > %s

                Quite.

                From alice@example.org Fri Nov  1 10:00:00 2013
                From: Alice <alice@example.org>
                Subject: [bestbits] the summit
                Date: Fri, 01 Nov 2013 10:00:00 +0000
                Message-ID: <origin@example.org>

                %s

                """.formatted(PASSAGE, CAROLS, PASSAGE), StandardCharsets.UTF_8);
        importer.importPaths(project, List.of(mbox), ImportProgress.NONE);
        searchIndex.awaitImportsIndexed();
        // Other tests write messages straight into the shared database; the index is asked only when it holds them all.
        if (searchIndex.outdated()) {
            searchIndex.rebuild();
        }
        assertThat(bobsQuoteOrigin()).as("Bob's quote after the import").isNull();
    }

    @Test
    void a_page_repeating_what_a_stored_message_wrote_first_takes_no_earlier_quote_of_it() {
        String page = """
                [bestbits] the summit, again

                Carol  carol at example.org
                Sun Nov  3 10:00:00 UTC 2013

                As Alice put it: %s

                Carol
                """.formatted(PASSAGE);

        ImportOutcome pasted =
                importer.importMessageText(project, "pasted text", page.getBytes(StandardCharsets.UTF_8));

        assertThat(pasted.refused()).as("refused: %s", pasted.refusal()).isFalse();
        assertThat(bobsQuoteOrigin()).as("Bob's quote after Carol's page").isNull();
    }

    @Test
    void a_stored_quote_of_what_the_page_wrote_is_traced_to_it() {
        assertThat(quoteOrigin("dave@example.org"))
                .as("Dave's quote before Carol's page")
                .isNull();
        String page = """
                [bestbits] the summit, again

                Carol  carol at example.org
                Sun Nov  3 10:00:00 UTC 2013

                I will say it plainly: %s.

                Carol
                """.formatted(CAROLS);

        ImportOutcome pasted =
                importer.importMessageText(project, "pasted text", page.getBytes(StandardCharsets.UTF_8));

        assertThat(quoteOrigin("dave@example.org"))
                .as("Dave's quote after Carol's page")
                .isEqualTo(pasted.messageId());
    }

    private Long bobsQuoteOrigin() {
        return quoteOrigin("reply@example.org");
    }

    private Long quoteOrigin(String messageId) {
        return jdbc.queryForObject("""
                select b.origin_message_id from message_block b join message m on m.id = b.message_id
                 where m.project_id = ? and m.message_id = ? and b.role = 'QUOTE'""", Long.class, project.getId(), messageId);
    }
}
