package org.caucus.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caucus.corpus.StakeholderGroup;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A project's participants, read once per export: every passage names its poster and speaker with
 * their organisation, group and country, and looking them up here costs a million passages far
 * less than joining the participant table twice per row. Each participant also has an index
 * (0, 1, 2...) for the export's tallies.
 */
final class Roster {

    /** One participant as the sheets show them; {@code stakeholderGroup} is the group's label. */
    record Member(
            int index,
            long id,
            String name,
            String organisation,
            StakeholderGroup group,
            String stakeholderGroup,
            String country) {}

    private static final String SQL = """
            select s.id, s.display_name, s.organisation, s.stakeholder_group, s.country
            from participant s
            where s.project_id = :project
            order by s.id""";

    private final List<Member> members;
    private final Map<Long, Member> byId;

    private Roster(List<Member> members) {
        this.members = List.copyOf(members);
        this.byId = new HashMap<>();
        members.forEach(member -> byId.put(member.id(), member));
    }

    static Roster of(NamedParameterJdbcTemplate jdbc, long projectId) {
        List<Member> members = new ArrayList<>();
        jdbc.query(SQL, Map.of("project", projectId), row -> {
            String group = row.getString("stakeholder_group");
            StakeholderGroup stakeholderGroup = group == null ? null : StakeholderGroup.valueOf(group);
            members.add(new Member(
                    members.size(),
                    row.getLong("id"),
                    row.getString("display_name"),
                    row.getString("organisation"),
                    stakeholderGroup,
                    stakeholderGroup == null ? null : stakeholderGroup.label(),
                    row.getString("country")));
        });
        return new Roster(members);
    }

    List<Member> members() {
        return members;
    }

    /** The participant with this id, or {@code null} for none (an unknown speaker or poster). */
    Member member(Long id) {
        return id == null ? null : byId.get(id);
    }
}
