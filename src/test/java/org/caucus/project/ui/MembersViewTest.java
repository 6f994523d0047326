package org.caucus.project.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.caucus.SeedProject;
import org.caucus.SignIn;
import org.caucus.ViewTest;
import org.caucus.WithTester;
import org.caucus.account.AccountService;
import org.caucus.project.Member;
import org.caucus.project.ProjectRole;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The owners' Members page, and what an address typed by someone else shows: "not found". */
class MembersViewTest extends ViewTest {

    @Autowired
    ApplicationContext application;

    @Autowired
    ProjectService projects;

    @Autowired
    AccountService accounts;

    @Autowired
    SeedProject seedProject;

    @Test
    void an_owner_adds_a_coder_who_then_is_listed_with_the_role() {
        long id = projects.create("members-" + UUID.randomUUID()).getId();
        String coder = "coder-" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.running(application, "admin", () -> {
            SignIn.as(application, "admin", "USER", "ADMIN");
            return accounts.create(coder);
        });

        UI.getCurrent().navigate(MembersView.path(id));
        _get(TextField.class, spec -> spec.withId("member-name")).setValue(coder);
        @SuppressWarnings("unchecked")
        Select<ProjectRole> role = _get(Select.class, spec -> spec.withId("member-role"));
        role.setValue(ProjectRole.CODER);
        _click(_get(Button.class, spec -> spec.withId("add-member")));

        @SuppressWarnings("unchecked")
        Grid<Member> sut = _get(Grid.class, spec -> spec.withClasses("members"));
        assertThat(GridKt._findAll(sut))
                .as("members")
                .containsExactlyInAnyOrder(
                        new Member(WithTester.NAME, ProjectRole.OWNER), new Member(coder, ProjectRole.CODER));
    }

    @Test
    void a_typed_address_of_somebody_else_s_project_is_not_found_as_one_that_does_not_exist() {
        long theirs = SignIn.running(application, "olivia", () -> projects.create("theirs-" + UUID.randomUUID()))
                .getId();
        long missing = theirs + 1_000_000;

        Throwable foreign = catchThrowable(() -> UI.getCurrent().navigate(MembersView.path(theirs)));
        Throwable absent = catchThrowable(() -> UI.getCurrent().navigate(MembersView.path(missing)));

        assertThat(foreign).as("somebody else's project").isNotNull();
        assertThat(foreign.getClass()).as("same answer").isEqualTo(absent.getClass());
        assertThat(foreign.getMessage().replace(String.valueOf(theirs), "ID"))
                .as("same words")
                .isEqualTo(absent.getMessage().replace(String.valueOf(missing), "ID"));
        assertThat(foreign.getMessage()).as("the answer").startsWith("No route found");
    }

    @Test
    void a_typed_address_of_a_message_in_somebody_else_s_project_is_not_found() {
        long theirMessage = SignIn.running(application, "olivia", () -> seedProject.create())
                .messageId();

        Throwable foreign = catchThrowable(() -> UI.getCurrent().navigate("messages/" + theirMessage));
        Throwable absent = catchThrowable(() -> UI.getCurrent().navigate("messages/" + Long.MAX_VALUE));

        assertThat(foreign).as("a message of somebody else's project").isNotNull();
        assertThat(foreign.getClass()).as("same answer").isEqualTo(absent.getClass());
        assertThat(foreign.getMessage().replace(String.valueOf(theirMessage), "ID"))
                .as("same words")
                .isEqualTo(absent.getMessage().replace(String.valueOf(Long.MAX_VALUE), "ID"));
    }
}
