package org.caucus.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.caucus.account.AccountService;
import org.caucus.account.CurrentAnalyst;

/** Where a password somebody else chose is replaced; every page leads here until it is. */
@Route(value = "password", autoLayout = false)
@PageTitle("Change password · Caucus")
@PermitAll
class ChangePasswordView extends VerticalLayout {

    ChangePasswordView(AccountService accounts, CurrentAnalyst analyst) {
        setAlignItems(Alignment.CENTER);
        PasswordField current = new PasswordField("Current password");
        current.setId("current-password");
        PasswordField chosen = new PasswordField("New password");
        chosen.setId("new-password");
        chosen.setHelperText("At least " + AccountService.MIN_PASSWORD_LENGTH + " characters");
        PasswordField repeated = new PasswordField("New password again");
        repeated.setId("repeated-password");
        Button change = new Button("Change password", click -> {
            if (!chosen.getValue().equals(repeated.getValue())) {
                repeated.setInvalid(true);
                repeated.setErrorMessage("The two new passwords differ.");
                return;
            }
            try {
                accounts.changePassword(current.getValue(), chosen.getValue());
                Notification.show("Password changed.", 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                UI.getCurrent().navigate("");
            } catch (IllegalArgumentException rejected) {
                chosen.setInvalid(true);
                chosen.setErrorMessage(rejected.getMessage());
            }
        });
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph why = new Paragraph(
                accounts.mustChangePassword(analyst.name())
                        ? "Your password was chosen by somebody else: choose your own before you go on."
                        : "Choose a new password for " + analyst.name() + ".");
        VerticalLayout form = new VerticalLayout(new H2("Change password"), why, current, chosen, repeated, change);
        form.setMaxWidth("28em");
        add(form);
    }
}
