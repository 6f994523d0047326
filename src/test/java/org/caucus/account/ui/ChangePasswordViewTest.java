package org.caucus.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.UUID;
import org.caucus.SignIn;
import org.caucus.ViewTest;
import org.caucus.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A password somebody else chose leads every page to Change password, until its owner has chosen one. */
class ChangePasswordViewTest extends ViewTest {

    @Autowired
    ApplicationContext application;

    @Autowired
    AccountService accounts;

    @Test
    void every_page_leads_to_change_password_until_the_handed_over_password_is_replaced() {
        String name = "new-" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.as(application, "admin", "USER", "ADMIN");
        String handedOver = accounts.create(name).initialPassword();
        SignIn.as(application, name);
        signInRequest(application);

        UI.getCurrent().navigate("codebook");
        assertThat(_find(ChangePasswordView.class))
                .as("page shown for the codebook")
                .hasSize(1);
        UI.getCurrent().navigate("projects");
        assertThat(_find(ChangePasswordView.class))
                .as("page shown for the projects")
                .hasSize(1);

        _get(PasswordField.class, spec -> spec.withId("current-password")).setValue(handedOver);
        _get(PasswordField.class, spec -> spec.withId("new-password")).setValue("short");
        _get(PasswordField.class, spec -> spec.withId("repeated-password")).setValue("short");
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("new-password"))
                        .getErrorMessage())
                .as("a short password refused")
                .contains("at least 12 characters");
        assertThat(accounts.mustChangePassword(name)).as("still to change").isTrue();

        _get(PasswordField.class, spec -> spec.withId("new-password")).setValue("my own long password");
        _get(PasswordField.class, spec -> spec.withId("repeated-password")).setValue("my own long password");
        _click(_get(Button.class, spec -> spec.withId("change-password")));

        assertThat(accounts.mustChangePassword(name)).as("changed").isFalse();
        UI.getCurrent().navigate("projects");
        assertThat(_find(ChangePasswordView.class)).as("after the change").isEmpty();
    }
}
