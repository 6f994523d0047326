package org.caucus.corpus;

import java.sql.PreparedStatement;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Writes the participants and addresses an import meets, with JDBC like the messages that name them: through
 * Hibernate every message's poster and speakers cost a persistence-context lookup and a proxy, a tenth of the
 * writer's time. Runs in the caller's transaction.
 */
final class ParticipantInserts {

    private final JdbcTemplate jdbc;

    ParticipantInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the new participant's id */
    long create(long projectId, String displayName) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    // Named, for PostgreSQL would return every column of the row as generated keys.
                    PreparedStatement insert = connection.prepareStatement(
                            "insert into participant (project_id, display_name) values (?, ?)", new String[] {"id"});
                    insert.setLong(1, projectId);
                    insert.setString(2, displayName);
                    return insert;
                },
                key);
        return Objects.requireNonNull(key.getKeyAs(Long.class), "participant id");
    }

    void rename(long participantId, String displayName) {
        jdbc.update("update participant set display_name = ? where id = ?", displayName, participantId);
    }

    void addAddress(long participantId, String address) {
        jdbc.update("insert into participant_address (participant_id, address) values (?, ?)", participantId, address);
    }

    void addListAddress(long projectId, String address) {
        jdbc.update("insert into list_address (project_id, address) values (?, ?)", projectId, address);
    }
}
