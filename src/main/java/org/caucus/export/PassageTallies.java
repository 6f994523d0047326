package org.caucus.export;

import com.carrotsearch.hppc.LongIntHashMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.caucus.analysis.Counting;
import org.caucus.analysis.PositionMatrix;
import org.caucus.analysis.Rollup;
import org.caucus.analysis.StanceCount;
import org.caucus.codebook.PositionChoice;
import org.caucus.coding.StanceQualifier;

/**
 * What the sheets after "Coded passages" count, tallied in the same pass over the passages: the
 * position matrices by participant, organisation and stakeholder group (and so the Matrix (0/1)),
 * the Codebook's usage, the Participants' statements, the Timeline and the passages of each message
 * on the Messages sheet. Each used to be a group-by (or, for the messages, a count per message)
 * over every passage in scope; for a million passages those scans took longer than writing the
 * passages (see {@code benchmark-export}).
 *
 * <p>Counts are what the comparison page's group-by gives for the same scope: in statement
 * counting each statement once per cell ({@link StatementsSeen}), in message counting each message
 * once per cell (a message's passages come together, so a cell remembers the last message it
 * counted), otherwise every passage. The Timeline counts every passage unless statements are
 * counted, then each statement on the day it was first said, as it always has.
 */
final class PassageTallies {

    private static final int STANCES = StanceQualifier.values().length;
    private static final int PARTICIPANT = 0;
    private static final int ORGANISATION = 1;
    private static final int STAKEHOLDER_GROUP = 2;
    private static final int POSITION_TOTALS = 3;
    private static final int SPEAKER_STATEMENTS = 4;
    private static final int TIMELINE = 5;

    private final Counting counting;
    private final List<PositionChoice> positions;
    private final Map<Long, Integer> positionIndex = new HashMap<>();
    private final Roster roster;
    private final StatementsSeen seen = new StatementsSeen();
    private final Matrix[] matrices;
    private final Tally positionTotals;
    private final Tally speakerStatements;
    private final Tally timeline;
    private final Tally[] tallies;
    /** Passages in scope by message id, for the Messages sheet. */
    private final LongIntHashMap passagesByMessage = new LongIntHashMap();
    /** Passages per day since 1970 (UTC) and position index, for the Timeline. */
    private final TreeMap<Long, long[]> days = new TreeMap<>();

    private long lastMessage = Long.MIN_VALUE;
    private int messageNumber;
    private long[] today;

    PassageTallies(Counting counting, List<PositionChoice> positions, Roster roster) {
        this.counting = counting;
        this.positions = List.copyOf(positions);
        this.positions.forEach(position -> positionIndex.put(position.id(), positionIndex.size()));
        this.roster = roster;
        int cellsPerRow = positions.size() * STANCES;
        matrices = new Matrix[] {
            new Matrix(
                    PARTICIPANT,
                    counting,
                    Rollup.PARTICIPANT,
                    Rows.of(roster, member -> String.valueOf(member.id()), Roster.Member::name),
                    this.positions),
            new Matrix(
                    ORGANISATION,
                    counting,
                    Rollup.ORGANISATION,
                    Rows.of(roster, Roster.Member::organisation, Roster.Member::organisation),
                    this.positions),
            new Matrix(
                    STAKEHOLDER_GROUP,
                    counting,
                    Rollup.STAKEHOLDER_GROUP,
                    Rows.of(
                            roster,
                            member -> member.group() == null
                                    ? null
                                    : member.group().name(),
                            Roster.Member::stakeholderGroup),
                    this.positions)
        };
        positionTotals = new Tally(POSITION_TOTALS, counting, cellsPerRow) {
            @Override
            int cell(int speaker, int position, int stance) {
                return position * STANCES + stance;
            }
        };
        speakerStatements =
                new Tally(SPEAKER_STATEMENTS, counting, roster.members().size()) {
                    @Override
                    int cell(int speaker, int position, int stance) {
                        return speaker;
                    }
                };
        timeline =
                new Tally(TIMELINE, counting == Counting.STATEMENTS ? Counting.STATEMENTS : Counting.OCCURRENCES, 0) {
                    @Override
                    int cell(int speaker, int position, int stance) {
                        return position;
                    }

                    @Override
                    void count(int cell) {
                        today[cell]++;
                    }
                };
        tallies = new Tally[] {matrices[0], matrices[1], matrices[2], positionTotals, speakerStatements, timeline};
    }

    /** Counts one passage; passages must come as {@link CodedPassageQuery} hands them out, in date order. */
    void add(CodedPassage passage) {
        if (passage.messageId() != lastMessage) {
            lastMessage = passage.messageId();
            messageNumber++;
        }
        passagesByMessage.addTo(passage.messageId(), 1);
        int speaker = passage.speaker() == null ? -1 : passage.speaker().index();
        int position = positionIndex.get(passage.position().id());
        int stance = passage.stance().ordinal();
        boolean dated = passage.sentAt() != null;
        if (dated) {
            today = days.computeIfAbsent(
                    Math.floorDiv(passage.sentAt().toEpochSecond(), 86_400L), day -> new long[positions.size()]);
        }
        StatementsSeen.Meeting meeting = null;
        long statement = 0;
        if (counting == Counting.STATEMENTS) {
            statement = StatementsSeen.hash(passage.statementKey());
            long first = statement;
            meeting = seen.meet(statement, packed(speaker, position, stance), earlier -> {
                for (Tally tally : tallies) {
                    int cell = tally.cell(speakerOf(earlier), positionOf(earlier), stanceOf(earlier));
                    if (cell >= 0) {
                        seen.counted(tally.id, cell, first);
                    }
                }
            });
        }
        for (Tally tally : tallies) {
            if (tally == timeline && !dated) {
                continue;
            }
            int cell = tally.cell(speaker, position, stance);
            if (cell < 0) {
                continue;
            }
            switch (tally.counting) {
                case OCCURRENCES -> tally.count(cell);
                case MESSAGES -> {
                    if (tally.stamps[cell] != messageNumber) {
                        tally.stamps[cell] = messageNumber;
                        tally.count(cell);
                    }
                }
                case STATEMENTS -> {
                    if (meeting == StatementsSeen.Meeting.FIRST
                            || (meeting == StatementsSeen.Meeting.DIVERGED
                                    && seen.counted(tally.id, cell, statement))) {
                        tally.count(cell);
                    }
                }
            }
        }
    }

    /** The position matrix by participant, organisation or stakeholder group. */
    PositionMatrix matrix(Rollup rollup) {
        for (Matrix matrix : matrices) {
            if (matrix.rollup == rollup) {
                return matrix.build();
            }
        }
        throw new IllegalArgumentException("the export tallies no matrix by " + rollup);
    }

    /** Each position's passages by qualifier, over everyone at once. */
    Map<Long, StanceCount> positionTotals() {
        Map<Long, StanceCount> totals = new HashMap<>();
        for (int p = 0; p < positions.size(); p++) {
            StanceCount count = stanceCount(positionTotals.counts, p * STANCES);
            if (count.total() > 0) {
                totals.put(positions.get(p).id(), count);
            }
        }
        return totals;
    }

    /** The statements (or messages, or passages, by the counting mode) of each participant who spoke, by id. */
    Map<Long, Long> statementsBySpeaker() {
        Map<Long, Long> statements = new HashMap<>();
        for (Roster.Member member : roster.members()) {
            int count = speakerStatements.counts[member.index()];
            if (count > 0) {
                statements.put(member.id(), (long) count);
            }
        }
        return statements;
    }

    /** The passages in scope of a message, every one counted, whatever the counting mode. */
    int passages(long messageId) {
        return passagesByMessage.get(messageId);
    }

    Timeline timeline() {
        TreeMap<LocalDate, Map<Long, Long>> byDay = new TreeMap<>();
        days.forEach((day, counts) -> {
            Map<Long, Long> byPosition = new HashMap<>();
            for (int p = 0; p < counts.length; p++) {
                if (counts[p] > 0) {
                    byPosition.put(positions.get(p).id(), counts[p]);
                }
            }
            if (!byPosition.isEmpty()) {
                byDay.put(LocalDate.ofEpochDay(day), byPosition);
            }
        });
        return Timeline.of(byDay);
    }

    /** Speaker (from -1, unknown), position and qualifier in one number below 2⁶³, for {@link StatementsSeen}. */
    private static long packed(int speaker, int position, int stance) {
        return ((long) (speaker + 1) << 32) | ((long) position << 2) | stance;
    }

    private static int speakerOf(long packed) {
        return (int) ((packed & ~(1L << 63)) >>> 32) - 1;
    }

    private static int positionOf(long packed) {
        return (int) (packed & 0xffff_ffffL) >>> 2;
    }

    private static int stanceOf(long packed) {
        return (int) (packed & 3);
    }

    private static StanceCount stanceCount(int[] counts, int from) {
        return new StanceCount(
                counts[from + StanceQualifier.SUPPORTS.ordinal()],
                counts[from + StanceQualifier.OPPOSES.ordinal()],
                counts[from + StanceQualifier.NEUTRAL.ordinal()]);
    }

    /** Counts in numbered cells; {@link #cell} says which cell a passage falls in, or -1 for none. */
    private abstract static class Tally {
        final int id;
        final Counting counting;
        final int[] counts;
        final int[] stamps;

        Tally(int id, Counting counting, int cells) {
            this.id = id;
            this.counting = counting;
            this.counts = new int[cells];
            this.stamps = counting == Counting.MESSAGES ? new int[cells] : null;
        }

        /** @param speaker the speaker's roster index, -1 when unknown */
        abstract int cell(int speaker, int position, int stance);

        void count(int cell) {
            counts[cell]++;
        }
    }

    /** The rows of a matrix: participants, or what they roll up to, each with its key and label. */
    private record Rows(List<String> keys, List<String> labels, int[] rowOfSpeaker) {

        /** The rows of {@code rollup} over the roster; the last row is the one without a key. */
        static Rows of(Roster roster, Function<Roster.Member, String> key, Function<Roster.Member, String> label) {
            List<Roster.Member> members = roster.members();
            Map<String, Integer> rows = new HashMap<>();
            List<String> keys = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (Roster.Member member : members) {
                String rowKey = key.apply(member);
                if (rowKey != null && !rows.containsKey(rowKey)) {
                    rows.put(rowKey, keys.size());
                    keys.add(rowKey);
                    labels.add(label.apply(member));
                }
            }
            int none = keys.size();
            keys.add(null);
            labels.add(null);
            // By roster index + 1; [0] is the row of the unknown speaker.
            int[] rowOfSpeaker = new int[members.size() + 1];
            rowOfSpeaker[0] = none;
            for (Roster.Member member : members) {
                String rowKey = key.apply(member);
                rowOfSpeaker[member.index() + 1] = rowKey == null ? none : rows.get(rowKey);
            }
            return new Rows(keys, labels, rowOfSpeaker);
        }
    }

    /** A position matrix's cells: its rows by positions by qualifiers. */
    private static final class Matrix extends Tally {
        final Rollup rollup;
        final Rows rows;
        final List<PositionChoice> positions;

        Matrix(int id, Counting counting, Rollup rollup, Rows rows, List<PositionChoice> positions) {
            super(id, counting, rows.keys().size() * positions.size() * STANCES);
            this.rollup = rollup;
            this.rows = rows;
            this.positions = positions;
        }

        @Override
        int cell(int speaker, int position, int stance) {
            return (rows.rowOfSpeaker()[speaker + 1] * positions.size() + position) * STANCES + stance;
        }

        /** The matrix as the comparison page has it: rows with a counted passage, by name, the keyless row last. */
        PositionMatrix build() {
            PositionMatrix.Builder matrix = new PositionMatrix.Builder(rollup, positions);
            for (int row = 0; row < rows.keys().size(); row++) {
                for (int p = 0; p < positions.size(); p++) {
                    int first = (row * positions.size() + p) * STANCES;
                    for (StanceQualifier qualifier : StanceQualifier.values()) {
                        int passages = counts[first + qualifier.ordinal()];
                        if (passages > 0) {
                            matrix.row(rows.keys().get(row), rows.labels().get(row))
                                    .add(positions.get(p).id(), qualifier, passages);
                        }
                    }
                }
            }
            return matrix.build(counting);
        }
    }
}
