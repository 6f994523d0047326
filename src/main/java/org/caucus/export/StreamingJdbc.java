package org.caucus.export;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A JDBC template for queries whose rows are written out one by one: it fetches in batches, so
 * that PostgreSQL streams them with a cursor instead of loading them all.
 */
final class StreamingJdbc {

    private static final int FETCH_SIZE = 1_000;

    private StreamingJdbc() {}

    static NamedParameterJdbcTemplate over(JdbcTemplate jdbc) {
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(FETCH_SIZE);
        return new NamedParameterJdbcTemplate(streaming);
    }
}
