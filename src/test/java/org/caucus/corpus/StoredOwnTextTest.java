package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.caucus.IntegrationTest;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class StoredOwnTextTest {

    // Read back a thousand at a time: two and a part, so that the pieces are put together again in order.
    private static final int MESSAGES = 2_300;

    @Autowired
    StoredOwnText sut;

    @Autowired
    ArchiveImportService imports;

    @Autowired
    ProjectService projects;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_large_projects_own_text_is_read_back_in_date_order_within_a_transaction_and_outside_one(@TempDir Path folder)
            throws IOException {
        Project project = projects.create("read-back-" + UUID.randomUUID());
        Path mailbox = Files.writeString(folder.resolve("debate.mbox"), mailbox());
        imports.importPaths(project, List.of(mailbox), ImportProgress.NONE);
        Map<Long, List<String>> expected = ownTextInOneStatement(project.getId());

        Map<Long, List<String>> outside = readBack(project.getId());
        Map<Long, List<String>> within = transactions.execute(status -> readBack(project.getId()));

        assertThat(expected)
                .as("messages with own text, more than one thousand")
                .hasSizeGreaterThan(1000);
        assertThat(outside.keySet())
                .as("messages in date order, undated last, outside a transaction")
                .containsExactlyElementsOf(expected.keySet());
        assertThat(outside).as("each message's own text, piece by piece").isEqualTo(expected);
        assertThat(within.keySet())
                .as("messages in date order, undated last, within a transaction")
                .containsExactlyElementsOf(expected.keySet());
        assertThat(within).as("each message's own text, within a transaction").isEqualTo(expected);
    }

    private Map<Long, List<String>> readBack(long projectId) {
        Map<Long, List<String>> read = new LinkedHashMap<>();
        sut.forEach(
                projectId,
                message -> read.put(
                        message.messageId(),
                        message.pieces().stream()
                                .map(QuoteOriginIndex.OwnText::text)
                                .toList()));
        return read;
    }

    /** What the read-back gives, as one statement sorting every piece says it. */
    private Map<Long, List<String>> ownTextInOneStatement(long projectId) {
        Map<Long, List<String>> expected = new LinkedHashMap<>();
        jdbc.query(
                """
                select m.id, substring(m.body, b.start_offset + 1, b.end_offset - b.start_offset)
                  from message m join message_block b on b.message_id = m.id
                 where b.role = 'OWN_TEXT' and b.depth = 0 and m.project_id = ? and m.poster_id is not null
                 order by m.sent_at nulls last, m.id, b.block_index""",
                row -> {
                    expected.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(row.getString(2));
                },
                projectId);
        return expected;
    }

    /**
     * Messages out of date order, some undated, some replying with a quote between two runs of their own text, and
     * some with only a quote, which have no own text to read back.
     */
    private static String mailbox() {
        Random random = new Random(20131113);
        DateTimeFormatter rfc = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);
        ZonedDateTime start = ZonedDateTime.of(2013, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        StringBuilder mbox = new StringBuilder();
        for (int n = 0; n < MESSAGES; n++) {
            mbox.append("From poster")
                    .append(n % 40)
                    .append("@example.org Mon Jan  1 00:00:00 2013\n")
                    .append("From: Poster ")
                    .append(n % 40)
                    .append(" <poster")
                    .append(n % 40)
                    .append("@example.org>\n")
                    .append("Subject: point ")
                    .append(n)
                    .append('\n')
                    .append("Message-ID: <point-")
                    .append(n)
                    .append("@example.org>\n");
            if (n % 20 != 7) {
                mbox.append("Date: ")
                        .append(rfc.format(start.plusMinutes(random.nextInt(500_000))))
                        .append('\n');
            }
            mbox.append('\n');
            String own = "Point " + n + " of the debate on enhanced cooperation and the summit in Brazil.\n";
            switch (n % 3) {
                case 0 -> mbox.append(own);
                case 1 ->
                    mbox.append(own)
                            .append("\n> Quoted words from another poster about the coalition and its remit.\n\n")
                            .append("And a second run of my own, number ")
                            .append(n)
                            .append(".\n");
                default -> mbox.append("> Only a quote, number ").append(n).append(", with nothing of my own.\n");
            }
            mbox.append('\n');
        }
        return mbox.toString();
    }
}
