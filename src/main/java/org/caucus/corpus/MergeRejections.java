package org.caucus.corpus;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The pairs of participants an analyst said are two people; the caller holds the transaction. */
@Component
class MergeRejections {

    private final JdbcTemplate jdbc;

    MergeRejections(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<MergeSuggestions.Pair> of(long projectId) {
        Set<MergeSuggestions.Pair> pairs = new HashSet<>();
        jdbc.query(
                """
                select r.participant_id, r.other_participant_id from participant_merge_rejection r
                  join participant p on p.id = r.participant_id
                 where p.project_id = ?""",
                row -> {
                    pairs.add(new MergeSuggestions.Pair(row.getLong(1), row.getLong(2)));
                },
                projectId);
        return pairs;
    }

    /** Remembers the pair; rejecting it again changes nothing. */
    void add(MergeSuggestions.Pair pair, String analyst, Instant when) {
        jdbc.update("""
                insert into participant_merge_rejection (participant_id, other_participant_id, rejected_by, rejected_at)
                select ?, ?, ?, ? where not exists (select 1 from participant_merge_rejection
                                                     where participant_id = ? and other_participant_id = ?)""", pair.low(), pair.high(), analyst, Timestamp.from(when), pair.low(), pair.high());
    }
}
