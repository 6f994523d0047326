package org.caucus.export;

import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Finds which lists and coders a project has, for the export dialog's filters. */
@Component
class ScopeChoicesQuery {

    private final NamedParameterJdbcTemplate jdbc;

    ScopeChoicesQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    ScopeChoices choices(long projectId) {
        Map<String, Long> project = Map.of("project", projectId);
        return new ScopeChoices(
                jdbc.queryForList(
                        "select distinct list_name from message where project_id = :project and list_name is not null"
                                + " order by list_name",
                        project,
                        String.class),
                jdbc.queryForList(
                        "select distinct a.coder from annotation a join message m on m.id = a.message_id"
                                + " where m.project_id = :project order by a.coder",
                        project,
                        String.class));
    }
}
