package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.caucus.IntegrationTest;
import org.caucus.cli.SyntheticCoding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * How H2 reads a page of the message list: off the index that serves the filter, in list order, and no further than
 * the page. A page read by sorting every matching message is still the right page, so the other tests cannot tell;
 * at 100,000 messages it took half a second for any page ({@code benchmark-messages}, docs/benchmarks.md). PostgreSQL
 * plans by its own statistics, so this test runs on H2 only.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessageListPlanTest {

    private static final int MESSAGES = 2_000;
    private static final int OFFSET = 1_000;
    private static final int PAGE = 50;

    @Autowired
    DataSource dataSource;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    long projectId;

    @BeforeAll
    void generateAProjectOfTwoThousandMessages() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assumeTrue(connection.getMetaData().getDatabaseProductName().equals("H2"), "H2's plans only");
        }
        projectId = new SyntheticCoding(dataSource)
                .generate("message-list-plan-" + UUID.randomUUID(), SyntheticCoding.Shape.messageList(MESSAGES, 300))
                .projectId();
    }

    @Test
    void every_message_is_read_off_the_projects_date_index_as_far_as_the_page() {
        String plan = planOfPage(MessageFilter.EVERYTHING);

        assertThat(plan).as("plan").contains("MESSAGE_PROJECT_SENT_ID").contains("/* index sorted */");
        assertThat(messagesScanned(plan)).as("messages scanned").isLessThanOrEqualTo(OFFSET + PAGE + 1);
    }

    @Test
    void one_list_is_read_off_the_lists_date_index() {
        String plan = planOfPage(MessageFilter.EVERYTHING.withListName("governance"));

        assertThat(plan).as("plan").contains("MESSAGE_PROJECT_LIST_SENT_ID").contains("/* index sorted */");
        assertThat(messagesScanned(plan)).as("messages scanned").isLessThanOrEqualTo(OFFSET + PAGE + 1);
    }

    @Test
    void one_posters_messages_are_found_through_an_index_of_posters_not_by_walking_the_project() {
        long busiest = jdbc.queryForObject(
                "select poster_id from message where project_id = :project group by poster_id"
                        + " order by count(*) desc fetch first 1 row only",
                new MapSqlParameterSource("project", projectId),
                Long.class);
        MessageFilter theirs = MessageFilter.EVERYTHING.withPosterId(busiest);
        long posted = jdbc.queryForObject(
                "select count(*) from message where poster_id = :poster",
                new MapSqlParameterSource("poster", busiest),
                Long.class);

        assertThat(messagesScanned(planOfPage(theirs)))
                .as("messages scanned for a poster of %d", posted)
                .isLessThanOrEqualTo((int) posted + 1);
    }

    @Test
    void a_date_range_is_read_off_the_projects_date_index_from_its_first_day() {
        MessageFilter june =
                MessageFilter.EVERYTHING.withSentFrom(LocalDate.of(2013, 6, 1)).withSentTo(LocalDate.of(2013, 6, 30));

        String plan = planOfPage(june);

        assertThat(plan).as("plan").contains("MESSAGE_PROJECT_SENT_ID").contains("/* index sorted */");
        assertThat(messagesScanned(plan)).as("messages scanned").isLessThanOrEqualTo(OFFSET + PAGE + 1);
    }

    @Test
    void a_thread_and_a_position_are_found_through_their_own_indexes_not_by_walking_the_project() {
        long thread = jdbc.queryForObject(
                "select max(thread_id) from message where project_id = :project",
                new MapSqlParameterSource("project", projectId),
                Long.class);
        long position = jdbc.queryForObject(
                "select min(a.position_id) from annotation a join message m on m.id = a.message_id"
                        + " where m.project_id = :project",
                new MapSqlParameterSource("project", projectId),
                Long.class);

        String plan = planOfPage(MessageFilter.EVERYTHING.withThreadId(thread));
        assertThat(messagesScanned(plan))
                .as("messages scanned for a thread of ten in " + plan)
                .isLessThanOrEqualTo(11);
        assertThat(planOfPage(MessageFilter.EVERYTHING.withPositionId(position)))
                .as("plan for one position's messages")
                .contains("ID IN(SELECT");
    }

    /** H2's plan of the page at {@link #OFFSET}, with the rows it read. */
    private String planOfPage(MessageFilter filter) {
        MessageListConditions conditions = new MessageListConditions(projectId, filter, Optional.empty());
        MapSqlParameterSource parameters =
                conditions.parameters().addValue("offset", OFFSET).addValue("size", PAGE);
        return jdbc.queryForObject("explain analyze " + conditions.pageIdsStatement(true), parameters, String.class);
    }

    /** The rows H2 read of the message table itself: its plan indents the table's own figures by four spaces. */
    private static int messagesScanned(String plan) {
        Matcher scanned =
                Pattern.compile("(?m)^ {4}/\\* scanCount: (\\d+) \\*/").matcher(plan);
        assertThat(scanned.find())
                .as("scan count of the message table in " + plan)
                .isTrue();
        return Integer.parseInt(scanned.group(1));
    }
}
