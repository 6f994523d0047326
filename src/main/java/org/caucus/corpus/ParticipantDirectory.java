package org.caucus.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caucus.project.Project;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Opens the {@link ParticipantIndex} of a project, in which names and addresses are matched to participants. */
@Component
class ParticipantDirectory {

    private final JdbcTemplate jdbc;
    private final ParticipantInserts inserts;

    ParticipantDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.inserts = new ParticipantInserts(jdbc);
    }

    /** Reads the project's participants once, in name order; use the index inside transactions. */
    ParticipantIndex index(Project project) {
        Map<Long, ParticipantIndex.Known> known = new LinkedHashMap<>();
        jdbc.query(
                """
                select p.id, p.display_name, a.address
                from participant p left join participant_address a on a.participant_id = p.id
                where p.project_id = ?
                order by p.display_name, p.id""",
                row -> {
                    String displayName = row.getString(2);
                    ParticipantIndex.Known participant = known.computeIfAbsent(
                            row.getLong(1), id -> new ParticipantIndex.Known(id, displayName, new ArrayList<>()));
                    String address = row.getString(3);
                    if (address != null) {
                        participant.addresses().add(address);
                    }
                },
                project.getId());
        Set<String> listAddresses = Set.copyOf(jdbc.queryForList(
                "select address from list_address where project_id = ?", String.class, project.getId()));
        return new ParticipantIndex(project.getId(), List.copyOf(known.values()), listAddresses, inserts);
    }
}
