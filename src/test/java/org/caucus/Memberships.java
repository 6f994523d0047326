package org.caucus;

import org.springframework.jdbc.core.JdbcTemplate;

/** Gives an account a role in a project that a fixture inserted with SQL, as its creator would have. */
public final class Memberships {

    private Memberships() {}

    public static void grant(JdbcTemplate jdbc, long projectId, String username, String role) {
        jdbc.update("delete from project_member where project_id = ? and username = ?", projectId, username);
        jdbc.update(
                "insert into project_member (project_id, username, role) values (?, ?, ?)", projectId, username, role);
    }

    /** The test's own account ({@link WithTester}) as the project's owner. */
    public static void ownedByTester(JdbcTemplate jdbc, long projectId) {
        grant(jdbc, projectId, WithTester.NAME, "OWNER");
    }
}
