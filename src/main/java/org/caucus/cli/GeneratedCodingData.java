package org.caucus.cli;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.caucus.corpus.StakeholderGroup;
import org.caucus.project.Project;

/**
 * A large coded project made up for benchmarks and written with batched JDBC inserts: every
 * value is a function of its row number, so that the benchmark's floor can produce the same cell
 * values again without the database. Each message has ten lines; each coded passage is one whole
 * line; the second half of a message's lines quote the message before it.
 */
final class GeneratedCodingData {

    static final int PASSAGES_PER_MESSAGE = 10;
    static final int PARTICIPANTS = 500;
    static final int ORGANISATIONS = 60;
    static final int ISSUES = 5;
    static final int POSITIONS_PER_ISSUE = 4;
    static final int MESSAGES_PER_THREAD = 20;
    static final String[] CODERS = {"amara", "bo", "chidi"};
    static final OffsetDateTime FIRST_SENT = OffsetDateTime.of(2013, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC);

    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 50_000;
    private static final String FILLER =
            "multistakeholder governance needs balanced civil society representation and open process";
    private static final String[] QUALIFIERS = {"SUPPORTS", "OPPOSES", "NEUTRAL"};
    private static final StakeholderGroup[] GROUPS = StakeholderGroup.values();

    private final long annotations;

    GeneratedCodingData(long annotations) {
        this.annotations = annotations;
    }

    long messages() {
        return (annotations + PASSAGES_PER_MESSAGE - 1) / PASSAGES_PER_MESSAGE;
    }

    // --- the values, as functions of row numbers (0-based) ---

    static String participant(int p) {
        return "Participant %04d".formatted(p);
    }

    static String organisation(int p) {
        return p % 7 == 0 ? null : "Organisation %02d".formatted(p % ORGANISATIONS);
    }

    static String group(int p) {
        return p % 11 == 0 ? null : GROUPS[p % GROUPS.length].name();
    }

    static String country(int p) {
        return "Country %02d".formatted(p % 40);
    }

    static String issue(int i) {
        return "Issue %d: who should decide how the debate moves on?".formatted(i + 1);
    }

    static String position(int position) {
        return "Position %d.%d: a stance on the issue".formatted(position / POSITIONS_PER_ISSUE + 1, position % 4 + 1);
    }

    static String list(long m) {
        return m % 3 == 0 ? "governance" : "bestbits";
    }

    static String thread(long m) {
        return "Thread %d about representation".formatted(m / MESSAGES_PER_THREAD);
    }

    static OffsetDateTime sent(long m) {
        return FIRST_SENT.plusMinutes(7 * m);
    }

    static int poster(long m) {
        return (int) (m % PARTICIPANTS);
    }

    /** Line {@code k} of message {@code m}, without its line break; every line has the same length. */
    static String line(long m, int k) {
        String head = "m" + m + " line " + k + ": ";
        return head + FILLER.substring(0, 80 - head.length());
    }

    static String body(long m) {
        StringBuilder body = new StringBuilder(PASSAGES_PER_MESSAGE * 81);
        for (int k = 0; k < PASSAGES_PER_MESSAGE; k++) {
            body.append(line(m, k)).append('\n');
        }
        return body.toString();
    }

    static int lineStart(int k) {
        return k * 81;
    }

    static long message(long a) {
        return a / PASSAGES_PER_MESSAGE;
    }

    static int lineOf(long a) {
        return (int) (a % PASSAGES_PER_MESSAGE);
    }

    static int positionOf(long a) {
        return (int) ((a * 7) % (ISSUES * POSITIONS_PER_ISSUE));
    }

    static String qualifier(long a) {
        return QUALIFIERS[(int) (a % 3)];
    }

    static int speaker(long a) {
        return (int) ((message(a) + lineOf(a)) % PARTICIPANTS);
    }

    /** Lines 5 to 9 quote the message before, so their statement is the one written there. */
    static boolean quoted(long a) {
        return lineOf(a) >= PASSAGES_PER_MESSAGE / 2 && message(a) > 0;
    }

    static String statementKey(long a) {
        return quoted(a)
                ? (message(a) - 1) + ":" + (lineOf(a) - PASSAGES_PER_MESSAGE / 2)
                : message(a) + ":" + lineOf(a);
    }

    static String coder(long a) {
        return CODERS[(int) (a % CODERS.length)];
    }

    static String memo(long a) {
        return a % 10 == 0 ? "memo on passage " + a : null;
    }

    static OffsetDateTime codedAt(long a) {
        return sent(message(a)).plusDays(1);
    }

    // --- writing them ---

    /** Writes codebook, participants, messages and coded passages into the (empty) project. */
    void write(DataSource dataSource, Project project) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long projectId = project.getId();
            writeParticipants(connection, projectId);
            writeCodebook(connection, projectId);
            writeMessages(connection, projectId);
            writeAnnotations(connection);
            connection.commit();
        }
    }

    private static void writeParticipants(Connection connection, long projectId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                        "insert into participant (id, project_id, display_name, organisation, stakeholder_group, country)"
                                + " values (?, ?, ?, ?, ?, ?)");
                PreparedStatement address = connection.prepareStatement(
                        "insert into participant_address (participant_id, address) values (?, ?)")) {
            for (int p = 0; p < PARTICIPANTS; p++) {
                insert.setLong(1, p + 1);
                insert.setLong(2, projectId);
                insert.setString(3, participant(p));
                insert.setString(4, organisation(p));
                insert.setString(5, group(p));
                insert.setString(6, country(p));
                insert.addBatch();
                address.setLong(1, p + 1);
                address.setString(2, "participant" + p + "@example.org");
                address.addBatch();
            }
            insert.executeBatch();
            address.executeBatch();
        }
    }

    private static void writeCodebook(Connection connection, long projectId) throws SQLException {
        try (PreparedStatement issues = connection.prepareStatement(
                        "insert into codebook_issue (id, project_id, name, description, sort_order) values (?, ?, ?, ?, ?)");
                PreparedStatement positions = connection.prepareStatement(
                        "insert into codebook_position (id, issue_id, name, description, colour, sort_order)"
                                + " values (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < ISSUES; i++) {
                issues.setLong(1, i + 1);
                issues.setLong(2, projectId);
                issues.setString(3, issue(i));
                issues.setString(4, "A question the debate keeps returning to.");
                issues.setInt(5, i);
                issues.addBatch();
                for (int p = 0; p < POSITIONS_PER_ISSUE; p++) {
                    int position = i * POSITIONS_PER_ISSUE + p;
                    positions.setLong(1, position + 1);
                    positions.setLong(2, i + 1);
                    positions.setString(3, position(position));
                    positions.setString(4, "Code passages that argue for this.");
                    positions.setString(5, "#%06x".formatted((position * 0x2f4a7b) & 0xffffff));
                    positions.setInt(6, p);
                    positions.addBatch();
                }
            }
            issues.executeBatch();
            positions.executeBatch();
        }
    }

    private void writeMessages(Connection connection, long projectId) throws SQLException {
        OffsetDateTime imported = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into message (id, project_id, dedupe_key, source_name, list_name, subject, thread_subject,"
                        + " poster_id, sent_at, sent_offset_seconds, body, raw, thread_id, imported_at)"
                        + " values (?, ?, ?, 'generated', ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)")) {
            for (long m = 0; m < messages(); m++) {
                String body = body(m);
                insert.setLong(1, m + 1);
                insert.setLong(2, projectId);
                insert.setString(3, "generated-" + m);
                insert.setString(4, list(m));
                insert.setString(5, "Re: " + thread(m));
                insert.setString(6, thread(m));
                insert.setLong(7, poster(m) + 1);
                insert.setObject(8, sent(m));
                insert.setString(9, body);
                insert.setBytes(10, body.getBytes(StandardCharsets.UTF_8));
                insert.setLong(11, m - m % MESSAGES_PER_THREAD + 1);
                insert.setObject(12, imported);
                insert.addBatch();
                flush(connection, insert, m + 1);
            }
            insert.executeBatch();
        }
    }

    private static void flush(Connection connection, PreparedStatement insert, long rows) throws SQLException {
        if (rows % BATCH == 0) {
            insert.executeBatch();
        }
        if (rows % COMMIT_EVERY == 0) {
            connection.commit();
        }
    }

    private void writeAnnotations(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into annotation (message_id, start_offset, end_offset, passage, position_id, qualifier,"
                        + " speaker_id, origin_message_id, statement_key, coder, memo, created_at, updated_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (long a = 0; a < annotations; a++) {
                long m = message(a);
                int k = lineOf(a);
                insert.setLong(1, m + 1);
                insert.setInt(2, lineStart(k));
                insert.setInt(3, lineStart(k) + 80);
                insert.setString(4, line(m, k));
                insert.setLong(5, positionOf(a) + 1);
                insert.setString(6, qualifier(a));
                insert.setLong(7, speaker(a) + 1);
                if (quoted(a)) {
                    insert.setLong(8, m);
                } else {
                    insert.setNull(8, Types.BIGINT);
                }
                insert.setString(9, statementKey(a));
                insert.setString(10, coder(a));
                insert.setString(11, memo(a));
                insert.setObject(12, codedAt(a));
                insert.setObject(13, codedAt(a));
                insert.addBatch();
                flush(connection, insert, a + 1);
            }
            insert.executeBatch();
        }
    }
}
