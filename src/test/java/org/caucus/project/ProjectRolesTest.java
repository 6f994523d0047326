package org.caucus.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Stream;
import org.caucus.IntegrationTest;
import org.caucus.Memberships;
import org.caucus.SeedProject;
import org.caucus.SignIn;
import org.caucus.analysis.ComparisonScope;
import org.caucus.codebook.CodebookService;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.ImportRemoval;
import org.caucus.export.ExportFormat;
import org.caucus.export.ExportRequest;
import org.caucus.export.ExportService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every role on every protected action, at the services, where the checks sit: an owner may do
 * all, a coder reads, codes and exports, a viewer reads and exports, and somebody who does not
 * belong to the project may do nothing with it and cannot even find it.
 */
@IntegrationTest
class ProjectRolesTest {

    enum Action {
        READ_PROJECT,
        CODE_A_PASSAGE,
        EDIT_CODEBOOK,
        CHANGE_SETTINGS,
        CHANGE_MEMBERS,
        DELETE_PROJECT,
        REMOVE_AN_IMPORT,
        EXPORT
    }

    @Autowired
    ApplicationContext application;

    @Autowired
    SeedProject seedProject;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProjectService projects;

    @Autowired
    ProjectMembers members;

    @Autowired
    CorpusService corpus;

    @Autowired
    CodingService coding;

    @Autowired
    CodebookService codebook;

    @Autowired
    ExportService exports;

    @Autowired
    ImportRemoval importRemoval;

    SeedProject.Fixture seed;

    /** A project of its own for each row, which the tester creates and so owns. */
    @BeforeEach
    void projectWithOneMemberInEachRole() {
        seed = seedProject.create();
        long id = seed.project().getId();
        Memberships.grant(jdbc, id, "olivia", "OWNER");
        Memberships.grant(jdbc, id, "colin", "CODER");
        Memberships.grant(jdbc, id, "vera", "VIEWER");
    }

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of("olivia", "owner", Set.of(Action.values())),
                Arguments.of("colin", "coder", Set.of(Action.READ_PROJECT, Action.CODE_A_PASSAGE, Action.EXPORT)),
                Arguments.of("vera", "viewer", Set.of(Action.READ_PROJECT, Action.EXPORT)),
                Arguments.of("nadia", "not a member", Set.of()));
    }

    static Stream<Arguments> everyRoleOnEveryAction() {
        return roles().flatMap(role -> Stream.of(Action.values())
                .map(action ->
                        Arguments.of(role.get()[0], role.get()[1], action, ((Set<?>) role.get()[2]).contains(action))));
    }

    @ParameterizedTest(name = "{1} {0}: {2} allowed = {3}")
    @MethodSource("everyRoleOnEveryAction")
    void each_role_may_do_what_it_allows_and_nothing_else(String user, String role, Action action, boolean allowed) {
        if (allowed) {
            SignIn.running(application, user, () -> {
                perform(action);
                return null;
            });
        } else {
            assertThatThrownBy(() -> SignIn.running(application, user, () -> {
                        perform(action);
                        return null;
                    }))
                    .as(role + " " + user + ": " + action)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void somebody_else_s_project_is_not_found_exactly_as_one_that_does_not_exist() {
        long id = seed.project().getId();
        long missing = id + 1_000_000;

        SignIn.running(application, "nadia", () -> {
            assertThat(projects.find(id)).as("their project by id").isEmpty();
            assertThat(projects.find(missing)).as("no project by id").isEmpty();
            assertThat(projects.findByName(seed.project().getName()))
                    .as("their project by name")
                    .isEmpty();
            assertThat(projects.mine()).as("the projects listed").isEmpty();
            assertThat(projects.findDefault())
                    .as("the project the workspace opens")
                    .isEmpty();
            assertThat(corpus.read(seed.messageId())).as("a message of theirs").isEmpty();
            assertThat(corpus.read(Long.MAX_VALUE))
                    .as("a message that does not exist")
                    .isEmpty();
            assertThatThrownBy(() -> exports.exports(id)).as("their exports").isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exports.exports(missing))
                    .as("exports of no project")
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });
        assertThat(SignIn.running(application, "vera", () -> projects.mine()))
                .as("the viewer's list of projects")
                .extracting(ProjectRow::id, ProjectRow::role)
                .contains(org.assertj.core.groups.Tuple.tuple(id, ProjectRole.VIEWER));
    }

    @Test
    void the_coder_recorded_on_a_passage_is_the_signed_in_account() {
        var coded = SignIn.running(application, "colin", () -> coding.code(request()));

        assertThat(coded.coder()).as("coder").isEqualTo("colin");
    }

    @Test
    void an_owner_cannot_leave_a_project_without_an_owner() {
        long id = seed.project().getId();
        members.remove(id, "olivia");

        assertThatThrownBy(() -> members.setRole(id, "tester", ProjectRole.VIEWER))
                .as("the last owner made a viewer")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only owner");
        assertThatThrownBy(() -> members.setRole(id, "nobody-here", ProjectRole.CODER))
                .as("a member without an account")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no account named 'nobody-here'.");
    }

    private void perform(Action action) {
        long id = seed.project().getId();
        switch (action) {
            case READ_PROJECT -> corpus.countMessages(seed.project());
            case CODE_A_PASSAGE -> coding.code(request());
            case EDIT_CODEBOOK -> codebook.addIssue(seed.project(), "Added by a role test", null);
            case CHANGE_SETTINGS -> projects.rename(id, seed.project().getName() + " renamed");
            case CHANGE_MEMBERS -> members.remove(id, "vera");
            case DELETE_PROJECT -> projects.delete(id);
            case REMOVE_AN_IMPORT ->
                importRemoval.remove(
                        seed.project(),
                        jdbc.queryForObject("select max(id) from import_run where project_id = ?", Long.class, id));
            case EXPORT ->
                exports.export(
                        seed.project(), new ExportRequest(ComparisonScope.everything(), Set.of(), 5, ExportFormat.CSV));
        }
    }

    private CodingRequest request() {
        return new CodingRequest(
                seed.messageId(),
                seed.range("please do let Brazil gov know this fact"),
                seed.governments().getId(),
                StanceQualifier.SUPPORTS,
                null);
    }
}
