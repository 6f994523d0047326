package org.caucus.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Fills a database with a synthetic coded debate for benchmarks: participants with organisations
 * and stakeholder groups, a codebook of issues and positions, threaded messages over one year,
 * and coded passages, a share of which are quotes of earlier statements (same statement key,
 * origin message set). Everything is written with batched JDBC inserts, because a million
 * entities through JPA would measure Hibernate rather than the comparison.
 *
 * <p>Each participant has a leaning on each position (supports or opposes, from a hash of the
 * two), which they follow most of the time, so that agreement and conflict have structure. The
 * same shape and seed always give the same data. Written for H2 (message ids come from {@code next
 * value for message_seq}).
 */
public final class SyntheticCoding {

    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 50_000;
    private static final Instant YEAR_START = Instant.parse("2013-01-01T00:00:00Z");
    private static final String[] GROUPS = {
        "CIVIL_SOCIETY", "BUSINESS", "TECHNICAL_COMMUNITY", "GOVERNMENT", "ACADEMIA", "INTERGOVERNMENTAL"
    };
    private static final String[] LISTS = {"bestbits", "governance", "1net-discuss"};
    private static final String[] CODERS = {"ana", "ben", "chloe"};
    private static final String POSITIONS_IN_ORDER =
            "select p.id from codebook_position p join codebook_issue i on i.id = p.issue_id"
                    + " where i.project_id = ? order by i.sort_order, p.sort_order";
    private static final String ANNOTATIONS_OF_PROJECT =
            "select count(*) from annotation a join message m on m.id = a.message_id where m.project_id = ?";

    /**
     * How much to generate.
     *
     * @param messagesPerThread replies per thread, the first message being the thread's root
     * @param quotedShare the share of coded passages that are a quote of an earlier statement
     * @param leaningKept how often a participant codes their leaning on a position rather than a
     *     random qualifier
     */
    public record Shape(
            int annotations,
            int participants,
            int organisations,
            int issues,
            int positionsPerIssue,
            int messages,
            int messagesPerThread,
            double quotedShare,
            double leaningKept,
            long seed) {

        public Shape {
            if (annotations < 1 || participants < 2 || organisations < 1 || issues < 1 || positionsPerIssue < 1) {
                throw new IllegalArgumentException("a synthetic corpus needs annotations, at least two participants,"
                        + " an organisation and a position");
            }
            if (messages < 1 || messagesPerThread < 1) {
                throw new IllegalArgumentException("a synthetic corpus needs messages, and threads of one or more");
            }
        }

        /** The benchmark of issue 6: a million annotations, 2,000 participants, 200 positions. */
        public static Shape benchmark() {
            return of(1_000_000, 2_000, 200);
        }

        /**
         * A corpus of the given size with the benchmark's proportions: ten passages per message,
         * threads of ten, ten positions per issue, a fifth of the passages quoted.
         */
        public static Shape of(int annotations, int participants, int positions) {
            int positionsPerIssue = Math.min(10, positions);
            return new Shape(
                    annotations,
                    participants,
                    Math.max(1, participants / 10),
                    Math.max(1, positions / positionsPerIssue),
                    positionsPerIssue,
                    Math.max(1, annotations / 10),
                    10,
                    0.2,
                    0.85,
                    42);
        }

        /**
         * The message list's benchmark: {@code messages} messages with the comparison benchmark's participants and
         * codebook, of which only some hold a coded passage, {@code annotations} spread evenly over them, as in a
         * project whose analysts have coded part of the archive.
         */
        public static Shape messageList(int messages, int annotations) {
            Shape proportions = of(annotations, 2_000, 200);
            return new Shape(
                    annotations,
                    proportions.participants(),
                    proportions.organisations(),
                    proportions.issues(),
                    proportions.positionsPerIssue(),
                    messages,
                    proportions.messagesPerThread(),
                    proportions.quotedShare(),
                    proportions.leaningKept(),
                    proportions.seed());
        }

        public int positions() {
            return issues * positionsPerIssue;
        }

        /** The organisation of participant {@code participant}, both counted from 0. */
        public int organisationOf(int participant) {
            return participant % organisations;
        }

        public String list(int message) {
            return LISTS[(message / messagesPerThread) % LISTS.length];
        }

        public String threadSubject(int message) {
            return "Thread " + (message / messagesPerThread + 1);
        }

        public String subject(int message) {
            return message % messagesPerThread == 0 ? threadSubject(message) : "Re: " + threadSubject(message);
        }

        /** Messages arrive in order over one year, so dates and ids rise together. */
        public Instant sentAt(int message) {
            return YEAR_START.plus((long) message * 365 * 24 * 60 / messages, ChronoUnit.MINUTES);
        }
    }

    /**
     * One coded passage as it was written, by the indexes (from 0) of its message, speaker,
     * position, the message its statement was first written in, and coder, so that a benchmark can
     * produce the same values again without the database.
     *
     * @param stance 0 supports, 1 opposes, 2 neutral
     */
    public record Passage(
            int annotation,
            int message,
            int poster,
            int speaker,
            int position,
            int stance,
            int originMessage,
            int firstAnnotation,
            int coder) {

        /** Where the passage starts in the message body; it is {@link #PASSAGE_LENGTH} characters long. */
        public int start() {
            return (annotation % 10) * PASSAGE_LENGTH;
        }

        /** The passage's text as stored: the same words in every passage. */
        public String text() {
            return BODY.substring(0, PASSAGE_LENGTH);
        }

        public String qualifier() {
            return qualifierName(stance);
        }

        public String coderName() {
            return CODERS[coder];
        }

        public boolean quoted() {
            return originMessage != message;
        }
    }

    /** The same text in every message. */
    public static final String BODY =
            "Synthetic message body with room for ten coded passages of twenty characters. ".repeat(3);

    public static final int PASSAGE_LENGTH = 20;

    public static String participantName(int participant) {
        return "Participant " + (participant + 1);
    }

    public static String organisationName(int organisation) {
        return "Organisation " + (organisation + 1);
    }

    /** Everyone in an organisation shares its stakeholder group, as in real rosters. */
    public static String stakeholderGroup(int organisation) {
        return GROUPS[organisation % GROUPS.length];
    }

    public static String country(int organisation) {
        return "Country " + (organisation % 40 + 1);
    }

    public static String issueName(int issue) {
        return "Issue " + (issue + 1);
    }

    /** Position {@code position} (from 0) of issue {@code issue} (from 0). */
    public static String positionName(int issue, int position) {
        return "Position " + (issue + 1) + "." + (position + 1);
    }

    /** What was written: the project and how many rows of each kind. */
    public record Corpus(long projectId, int participants, int positions, int messages, int annotations) {}

    private final DataSource dataSource;

    public SyntheticCoding(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes a new project named {@code projectName} holding a corpus of the given shape. */
    public Corpus generate(String projectName, Shape shape) {
        return generate(projectName, shape, passage -> {});
    }

    /** Writes the corpus, handing each coded passage to {@code written} as it goes. */
    public Corpus generate(String projectName, Shape shape, Consumer<Passage> written) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                return write(connection, projectName, shape, written);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the synthetic corpus: " + e.getMessage(), e);
        }
    }

    private static Corpus write(Connection connection, String projectName, Shape shape, Consumer<Passage> written)
            throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        long project = insertProject(connection, projectName, now);
        long[] participants = insertParticipants(connection, project, shape);
        long[] positions = insertCodebook(connection, project, shape);
        connection.commit();
        Draws draws = new Draws(shape, participants, positions);
        long[] messages = new long[shape.messages()];
        insertMessages(connection, project, shape, participants, messages, draws.posters, now);
        connection.commit();
        insertAnnotations(connection, shape, participants, positions, messages, draws, now, written);
        connection.commit();
        return new Corpus(project, participants.length, positions.length, messages.length, shape.annotations());
    }

    /**
     * Hands {@code written} the passages that {@link #generate} wrote for project {@code projectName}
     * of this shape, in the same order, without writing anything: a benchmark that times again a
     * database an earlier run filled needs them, and regenerating them takes seconds where writing
     * took minutes. The draws depend only on the shape's seed and the ids of the participants and
     * positions, which are read back from the database.
     *
     * @throws IllegalStateException when the project does not hold a corpus of this shape
     */
    public Corpus replay(String projectName, Shape shape, Consumer<Passage> written) {
        try (Connection connection = dataSource.getConnection()) {
            long project = projectId(connection, projectName);
            long[] participants =
                    ids(connection, "select id from participant where project_id = ? order by id", project);
            long[] positions = ids(connection, POSITIONS_IN_ORDER, project);
            long[] messages = ids(connection, "select id from message where project_id = ? order by id", project);
            long annotations = count(connection, ANNOTATIONS_OF_PROJECT, project);
            if (participants.length != shape.participants()
                    || positions.length != shape.positions()
                    || messages.length != shape.messages()
                    || annotations != shape.annotations()) {
                throw new IllegalStateException(("Project '%s' holds %d participants, %d positions, %d messages and"
                                + " %d coded passages, not the %d, %d, %d and %d of the synthetic corpus to replay.")
                        .formatted(
                                projectName,
                                participants.length,
                                positions.length,
                                messages.length,
                                annotations,
                                shape.participants(),
                                shape.positions(),
                                shape.messages(),
                                shape.annotations()));
            }
            Draws draws = new Draws(shape, participants, positions);
            for (int i = 0; i < shape.annotations(); i++) {
                written.accept(draws.passage(i));
            }
            return new Corpus(project, participants.length, positions.length, messages.length, shape.annotations());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the synthetic corpus: " + e.getMessage(), e);
        }
    }

    /** The number of coded passages in project {@code projectName}, for a replay's shape. */
    public int annotations(String projectName) {
        try (Connection connection = dataSource.getConnection()) {
            return Math.toIntExact(count(connection, ANNOTATIONS_OF_PROJECT, projectId(connection, projectName)));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the synthetic corpus: " + e.getMessage(), e);
        }
    }

    private static long insertProject(Connection connection, String name, Timestamp now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into project (name, created_at) values (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setTimestamp(2, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static long[] insertParticipants(Connection connection, long project, Shape shape) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into participant"
                + " (project_id, display_name, organisation, stakeholder_group, country) values (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < shape.participants(); i++) {
                int organisation = shape.organisationOf(i);
                insert.setLong(1, project);
                insert.setString(2, participantName(i));
                insert.setString(3, organisationName(organisation));
                insert.setString(4, stakeholderGroup(organisation));
                insert.setString(5, country(organisation));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return ids(connection, "select id from participant where project_id = ? order by id", project);
    }

    private static long[] insertCodebook(Connection connection, long project, Shape shape) throws SQLException {
        try (PreparedStatement issue = connection.prepareStatement(
                        "insert into codebook_issue (project_id, name, sort_order) values (?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement position = connection.prepareStatement("insert into codebook_position"
                        + " (issue_id, name, colour, sort_order) values (?, ?, ?, ?)")) {
            for (int i = 0; i < shape.issues(); i++) {
                issue.setLong(1, project);
                issue.setString(2, issueName(i));
                issue.setInt(3, i);
                issue.executeUpdate();
                long issueId;
                try (ResultSet keys = issue.getGeneratedKeys()) {
                    keys.next();
                    issueId = keys.getLong(1);
                }
                for (int j = 0; j < shape.positionsPerIssue(); j++) {
                    position.setLong(1, issueId);
                    position.setString(2, positionName(i, j));
                    position.setString(3, String.format("#%06x", (i * 7919 + j * 104729) & 0xffffff));
                    position.setInt(4, j);
                    position.addBatch();
                }
            }
            position.executeBatch();
        }
        return ids(connection, POSITIONS_IN_ORDER, project);
    }

    private static void insertMessages(
            Connection connection,
            long project,
            Shape shape,
            long[] participants,
            long[] messages,
            int[] posters,
            Timestamp now)
            throws SQLException {
        int perThread = shape.messagesPerThread();
        try (PreparedStatement nextId = connection.prepareStatement("select next value for message_seq");
                PreparedStatement insert = connection.prepareStatement("insert into message (id, project_id,"
                        + " dedupe_key, source_name, list_name, subject, thread_subject, poster_id, sent_at,"
                        + " sent_offset_seconds, body, raw, thread_id, parent_id, imported_at)"
                        + " values (?, ?, ?, 'synthetic', ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)")) {
            byte[] raw = new byte[0];
            long threadRoot = 0;
            for (int i = 0; i < messages.length; i++) {
                try (ResultSet id = nextId.executeQuery()) {
                    id.next();
                    messages[i] = id.getLong(1);
                }
                boolean root = i % perThread == 0;
                if (root) {
                    threadRoot = messages[i];
                }
                insert.setLong(1, messages[i]);
                insert.setLong(2, project);
                insert.setString(3, "synthetic-" + i);
                insert.setString(4, shape.list(i));
                insert.setString(5, shape.subject(i));
                insert.setString(6, shape.threadSubject(i));
                insert.setLong(7, participants[posters[i]]);
                insert.setTimestamp(8, Timestamp.from(shape.sentAt(i)));
                insert.setString(9, BODY);
                insert.setBytes(10, raw);
                insert.setLong(11, threadRoot);
                if (root) {
                    insert.setNull(12, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(12, messages[i - 1]);
                }
                insert.setTimestamp(13, now);
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void insertAnnotations(
            Connection connection,
            Shape shape,
            long[] participants,
            long[] positions,
            long[] messages,
            Draws draws,
            Timestamp now,
            Consumer<Passage> passages)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into annotation (message_id,"
                        + " start_offset, end_offset, passage, position_id, qualifier, speaker_id, origin_message_id,"
                        + " statement_key, coder, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (int i = 0; i < shape.annotations(); i++) {
                Passage coded = draws.passage(i);
                long origin = messages[coded.originMessage()];
                insert.setLong(1, messages[coded.message()]);
                insert.setInt(2, coded.start());
                insert.setInt(3, coded.start() + PASSAGE_LENGTH);
                insert.setString(4, coded.text());
                insert.setLong(5, positions[coded.position()]);
                insert.setString(6, coded.qualifier());
                insert.setLong(7, participants[coded.speaker()]);
                if (!coded.quoted()) {
                    insert.setNull(8, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(8, origin);
                }
                insert.setString(9, origin + ":" + coded.firstAnnotation());
                insert.setString(10, coded.coderName());
                insert.setTimestamp(11, now);
                insert.setTimestamp(12, now);
                insert.addBatch();
                passages.accept(coded);
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
                if ((i + 1) % COMMIT_EVERY == 0) {
                    connection.commit();
                }
            }
            insert.executeBatch();
        }
    }

    /**
     * The random draws of a corpus in the order the generator makes them: each message's poster,
     * then the passages one by one. Writing and {@linkplain #replay replaying} share it, so that a
     * replay gets the very passages that were written.
     */
    private static final class Draws {

        private final Shape shape;
        private final long[] participants;
        private final long[] positions;
        private final SplittableRandom random;
        private final int[] posters;
        // Earlier statements that later passages quote, by the index of their first occurrence.
        private final Statements written;

        Draws(Shape shape, long[] participants, long[] positions) {
            this.shape = shape;
            this.participants = participants;
            this.positions = positions;
            this.random = new SplittableRandom(shape.seed());
            this.posters = new int[shape.messages()];
            for (int i = 0; i < posters.length; i++) {
                posters[i] = skewed(random, participants.length);
            }
            this.written = new Statements(shape.annotations());
        }

        /** Passage {@code i}; passages must be drawn in order from 0. */
        Passage passage(int i) {
            int messageIndex = (int) ((long) i * shape.messages() / shape.annotations());
            int statement;
            if (written.size > 0 && random.nextDouble() < shape.quotedShare()) {
                statement = random.nextInt(written.size);
            } else {
                // Most passages are the poster's own words; the rest are quoted from others.
                int speaker = random.nextDouble() < 0.7 ? posters[messageIndex] : skewed(random, participants.length);
                int position = random.nextInt(positions.length);
                int stance = random.nextDouble() < shape.leaningKept()
                        ? leaning(participants[speaker], positions[position])
                        : random.nextInt(3);
                statement = written.add(speaker, position, stance, messageIndex, i);
            }
            return new Passage(
                    i,
                    messageIndex,
                    posters[messageIndex],
                    written.speaker[statement],
                    written.position[statement],
                    written.stance[statement],
                    written.message[statement],
                    written.firstAnnotation[statement],
                    random.nextInt(CODERS.length));
        }
    }

    /**
     * The statements written so far, in columns, so that a million of them stay small; speakers,
     * positions and messages by their index.
     */
    private static final class Statements {
        final int[] speaker;
        final int[] position;
        final int[] stance;
        final int[] message;
        final int[] firstAnnotation;
        int size;

        Statements(int capacity) {
            speaker = new int[capacity];
            position = new int[capacity];
            stance = new int[capacity];
            message = new int[capacity];
            firstAnnotation = new int[capacity];
        }

        int add(int speakerIndex, int positionIndex, int stanceIndex, int messageIndex, int annotation) {
            speaker[size] = speakerIndex;
            position[size] = positionIndex;
            stance[size] = stanceIndex;
            message[size] = messageIndex;
            firstAnnotation[size] = annotation;
            return size++;
        }
    }

    /** An index biased towards the start: a few participants write much of a debate. */
    private static int skewed(SplittableRandom random, int size) {
        double r = random.nextDouble();
        return (int) (r * r * size);
    }

    /** A participant's usual stance on a position: 0 supports or 1 opposes. */
    private static int leaning(long participant, long position) {
        return Long.hashCode(participant * 0x9E3779B97F4A7C15L ^ position * 0xC2B2AE3D27D4EB4FL) >>> 31;
    }

    private static String qualifierName(int stance) {
        return switch (stance) {
            case 0 -> "SUPPORTS";
            case 1 -> "OPPOSES";
            default -> "NEUTRAL";
        };
    }

    private static long projectId(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select id from project where name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("There is no project '" + name + "' to replay.");
                }
                return rows.getLong(1);
            }
        }
    }

    private static long count(Connection connection, String sql, long project) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, project);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long[] ids(Connection connection, String sql, long project) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, project);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }
}
