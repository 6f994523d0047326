package org.caucus.analysis;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.Issue;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * A small coded debate, written row by row, whose comparisons the tests work out by hand.
 *
 * <pre>
 * participants  Anna  (CivNet, civil society, Brazil)   Bruno (CivNet, civil society, Brazil)
 *               Carla (TelcoCo, business, India)         Dev   (nothing recorded, never coded)
 * codebook      Liaison:     L1 Direct liaison, L2 1net as interface
 *               Governments: G1 Governments take part
 * messages      M1 bestbits   thread M1  Mon 4 Nov 2013
 *               M2 bestbits   thread M1  Wed 6 Nov 2013
 *               M3 governance thread M3  Tue 12 Nov 2013
 *               M4 governance thread M3  Mon 2 Dec 2013
 * passages      a1 M1 [0,10)  L1 supports Anna    K1          ana
 *               a2 M1 [5,20)  L2 opposes  Anna    K2          ana   (overlaps a1)
 *               a3 M2 [0,10)  L1 supports Anna    K1 from M1  ana   (a quote of a1)
 *               a4 M2 [30,40) L1 supports Bruno   K3          ben
 *               a5 M3 [0,10)  L1 opposes  Anna    K4          ana
 *               a6 M3 [20,30) G1 supports Carla   K5          ben
 *               a7 M3 [25,35) G1 supports Carla   K6          ana
 *               a8 M4 [0,10)  L2 neutral  unknown K7          ben
 *               a9 M4 [20,30) L1 supports Anna    K1 from M1  ana   (a1 quoted again)
 * </pre>
 */
@Component
class ComparisonCorpus {

    private static final String BODY = "0123456789".repeat(5);

    private final ProjectService projects;
    private final CodebookService codebook;
    private final JdbcTemplate jdbc;

    ComparisonCorpus(ProjectService projects, CodebookService codebook, JdbcTemplate jdbc) {
        this.projects = projects;
        this.codebook = codebook;
        this.jdbc = jdbc;
    }

    record Fixture(
            Project project,
            long anna,
            long bruno,
            long carla,
            long l1,
            long l2,
            long g1,
            long m1,
            long m2,
            long m3,
            long m4,
            long[] passages) {

        /** The id of passage a{@code n} of the table above. */
        long a(int n) {
            return passages[n - 1];
        }
    }

    Fixture create() {
        Project project = projects.create("comparison-" + UUID.randomUUID());
        long anna = participant(project, "Anna", "CivNet", "CIVIL_SOCIETY", "Brazil");
        long bruno = participant(project, "Bruno", "CivNet", "CIVIL_SOCIETY", "Brazil");
        long carla = participant(project, "Carla", "TelcoCo", "BUSINESS", "India");
        participant(project, "Dev", null, null, null);
        Issue liaison = codebook.addIssue(project, "Liaison", null);
        long l1 = codebook.addPosition(liaison, "Direct liaison", null, "#1f77b4", null)
                .getId();
        long l2 = codebook.addPosition(liaison, "1net as interface", null, "#ff7f0e", null)
                .getId();
        Issue governments = codebook.addIssue(project, "Governments", null);
        long g1 = codebook.addPosition(governments, "Governments take part", null, "#2ca02c", null)
                .getId();
        long m1 = message(project, "bestbits", null, day(4), anna);
        long m2 = message(project, "bestbits", m1, day(6), bruno);
        long m3 = message(project, "governance", null, day(12), carla);
        long m4 = message(project, "governance", m3, OffsetDateTime.of(2013, 12, 2, 9, 0, 0, 0, ZoneOffset.UTC), anna);
        long[] passages = {
            passage(project, m1, 0, 10, l1, "SUPPORTS", anna, "K1", null, "ana"),
            passage(project, m1, 5, 20, l2, "OPPOSES", anna, "K2", null, "ana"),
            passage(project, m2, 0, 10, l1, "SUPPORTS", anna, "K1", m1, "ana"),
            passage(project, m2, 30, 40, l1, "SUPPORTS", bruno, "K3", null, "ben"),
            passage(project, m3, 0, 10, l1, "OPPOSES", anna, "K4", null, "ana"),
            passage(project, m3, 20, 30, g1, "SUPPORTS", carla, "K5", null, "ben"),
            passage(project, m3, 25, 35, g1, "SUPPORTS", carla, "K6", null, "ana"),
            passage(project, m4, 0, 10, l2, "NEUTRAL", null, "K7", null, "ben"),
            passage(project, m4, 20, 30, l1, "SUPPORTS", anna, "K1", m1, "ana")
        };
        return new Fixture(project, anna, bruno, carla, l1, l2, g1, m1, m2, m3, m4, passages);
    }

    private static OffsetDateTime day(int november) {
        return OffsetDateTime.of(2013, 11, november, 9, 0, 0, 0, ZoneOffset.UTC);
    }

    long participant(Project project, String name, String organisation, String group, String country) {
        return insert(
                "insert into participant (project_id, display_name, organisation, stakeholder_group, country)"
                        + " values (?, ?, ?, ?, ?)",
                project.getId(),
                name,
                organisation,
                group,
                country);
    }

    long message(Project project, String list, Long thread, OffsetDateTime sent, long poster) {
        long id = jdbc.queryForObject("select nextval('message_seq')", Long.class);
        jdbc.update(
                "insert into message (id, project_id, dedupe_key, source_name, list_name, subject, poster_id,"
                        + " sent_at, sent_offset_seconds, body, raw, thread_id, imported_at)"
                        + " values (?, ?, ?, 'hand-built', ?, ?, ?, ?, 0, ?, ?, ?, ?)",
                id,
                project.getId(),
                "message-" + id,
                list,
                "Message " + id,
                poster,
                sent,
                BODY,
                new byte[0],
                thread == null ? id : thread,
                sent);
        return id;
    }

    long passage(
            Project project,
            long message,
            int start,
            int end,
            long position,
            String qualifier,
            Long speaker,
            String statement,
            Long origin,
            String coder) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return insert(
                "insert into annotation (message_id, start_offset, end_offset, passage, position_id, qualifier,"
                        + " speaker_id, origin_message_id, statement_key, coder, created_at, updated_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                message,
                start,
                end,
                BODY.substring(start, end),
                position,
                qualifier,
                speaker,
                origin,
                project.getId() + ":" + statement,
                coder,
                now,
                now);
    }

    private long insert(String sql, Object... values) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"});
                    for (int i = 0; i < values.length; i++) {
                        insert.setObject(i + 1, values[i]);
                    }
                    return insert;
                },
                key);
        return key.getKey().longValue();
    }
}
