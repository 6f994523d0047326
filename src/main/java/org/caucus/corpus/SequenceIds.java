package org.caucus.corpus;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ids for rows inserted without Hibernate, from the same sequence Hibernate uses, in the same blocks: each value
 * fetched ends a block of {@link #BLOCK} ids, as Hibernate's pooled optimiser takes it, so neither ever hands out an
 * id the other has used. The sequences step by 50 (V0001), one round trip per 50 rows.
 */
final class SequenceIds {

    static final int BLOCK = 50;

    private final JdbcTemplate jdbc;
    private final String query;
    private long next;
    private long last;

    SequenceIds(JdbcTemplate jdbc, String sequence) {
        this.jdbc = jdbc;
        // nextval() is understood by PostgreSQL and by H2 alike
        this.query = "select nextval('" + sequence + "')";
    }

    synchronized long next() {
        if (next == 0 || next > last) {
            last = jdbc.queryForObject(query, Long.class);
            // The sequence starts at 1, so its first value ends a block that holds no other id.
            next = Math.max(1, last - BLOCK + 1);
        }
        return next++;
    }
}
