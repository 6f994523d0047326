package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * An archive that brings a few messages into a project of many, such as this week's mail added to a list's years,
 * reads back only the stored messages that share passages with them, and traces their quotes as reading back every
 * stored message would: as when the same messages came in one import with the rest.
 */
@IntegrationTest
class FewMessagesIntoALargeProjectTest {

    private static final List<String> MONTHS =
            List.of("2013-September", "2013-October", "2013-November", "2013-December");

    @Autowired
    ArchiveImportService importer;

    @Autowired
    ProjectService projects;

    @Autowired
    SearchIndex searchIndex;

    @Autowired
    JdbcTemplate jdbc;

    @MockitoSpyBean
    TextSharingMessages sharing;

    @TempDir
    Path folder;

    Path twisted;
    Path fewReplies;
    List<String> fewReplyIds = new ArrayList<>();

    @BeforeEach
    void fewRepliesOfTheNextMonth() throws IOException {
        twisted = SharedCorpora.folder().resolve("twisted-python");
        Set<String> december = read(twisted.resolve("2013-December.txt.gz")).stream()
                .map(ParsedMessage::messageId)
                .collect(Collectors.toSet());
        // The first replies of January to December's mail that quote it, written out as a list archive of their own.
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        for (ParsedMessage reply : read(twisted.resolve("2014-January.txt.gz"))) {
            // The archive holds some messages twice.
            if (fewReplyIds.size() < 3
                    && !fewReplyIds.contains(reply.messageId())
                    && december.contains(reply.inReplyTo())
                    && reply.body().contains("\n> ")) {
                archive.write(reply.raw());
                fewReplyIds.add(reply.messageId());
            }
        }
        // Named as the month it is, so that one import with the other months reads it after them, by date.
        fewReplies = Files.write(folder.resolve("2014-January.txt"), archive.toByteArray());
    }

    @Test
    void the_quotes_of_a_few_new_messages_are_traced_among_the_stored_messages_sharing_their_passages()
            throws IOException {
        Project together = projects.create("together-" + UUID.randomUUID());
        importer.importPaths(together, monthsAnd(List.of(fewReplies)), ImportProgress.NONE);
        Project later = projects.create("later-" + UUID.randomUUID());
        importer.importPaths(later, monthsAnd(List.of()), ImportProgress.NONE);
        searchIndex.awaitImportsIndexed();
        // Other tests write messages straight into the shared database; the index answers only when it holds them all.
        if (searchIndex.outdated()) {
            searchIndex.rebuild();
        }

        ImportReport report = importer.importPaths(later, List.of(fewReplies), ImportProgress.NONE);

        assertThat(fewReplyIds).as("replies to December that quote it").hasSizeGreaterThanOrEqualTo(2);

        assertThat(report.counts().imported()).as("messages imported").isEqualTo(fewReplyIds.size());
        verify(sharing).sharingPassages(eq(later.getId()), anyList(), anyInt());
        List<Map<String, Object>> traced = quoteOrigins(later);
        assertThat(traced)
                .as("where the quotes of the few replies were first written")
                .isEqualTo(quoteOrigins(together));
        assertThat(traced.stream().filter(quote -> quote.get("ORIGIN") != null))
                .as("quotes traced to stored messages")
                .hasSizeGreaterThanOrEqualTo(fewReplyIds.size());
    }

    @Test
    void a_months_worth_of_new_messages_reads_back_every_stored_message() throws IOException {
        Project project = projects.create("month-" + UUID.randomUUID());
        importer.importPaths(project, monthsAnd(List.of()), ImportProgress.NONE);

        importer.importPaths(project, List.of(twisted.resolve("2014-January.txt.gz")), ImportProgress.NONE);

        verify(sharing, never()).sharingPassages(eq(project.getId()), anyList(), anyInt());
    }

    /** Each quote block of the few replies, by the reply's Message-ID, with the Message-ID it was traced to. */
    private List<Map<String, Object>> quoteOrigins(Project project) {
        List<Object> arguments = new ArrayList<>(List.of(project.getId()));
        arguments.addAll(fewReplyIds);
        return jdbc.queryForList(
                """
                select m.message_id as reply, b.block_index as block, o.message_id as origin,
                       b.origin_start as origin_start, b.origin_end as origin_end
                  from message m
                  join message_block b on b.message_id = m.id
                  left join message o on o.id = b.origin_message_id
                 where m.project_id = ? and b.role = 'QUOTE' and m.message_id in (%s)
                 order by m.message_id, b.block_index""".formatted(String.join(", ", Collections.nCopies(fewReplyIds.size(), "?"))), arguments.toArray());
    }

    private List<Path> monthsAnd(List<Path> more) {
        List<Path> paths = new ArrayList<>(
                MONTHS.stream().map(month -> twisted.resolve(month + ".txt.gz")).toList());
        paths.addAll(more);
        return paths;
    }

    private static List<ParsedMessage> read(Path month) {
        List<ParsedMessage> messages = new ArrayList<>();
        new MailSources().read(month, outcome -> {
            if (outcome instanceof ReadOutcome.Read read) {
                messages.add(read.message());
            }
        });
        return messages;
    }
}
