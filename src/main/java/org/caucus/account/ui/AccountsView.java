package org.caucus.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.caucus.account.AccountRow;
import org.caucus.account.AccountService;
import org.caucus.account.NewAccount;

/**
 * The administrator's list of accounts. A new account gets a random password, shown here once
 * to hand over; its owner must change it at the first sign-in.
 */
@Route("accounts")
@PageTitle("Accounts · Caucus")
@RolesAllowed("ADMIN")
class AccountsView extends VerticalLayout {

    private final AccountService accounts;
    private final Grid<AccountRow> grid = new Grid<>();
    private final Paragraph handOver = new Paragraph();

    AccountsView(AccountService accounts) {
        this.accounts = accounts;
        TextField name = new TextField("New account");
        name.setId("new-account-name");
        Button create = new Button("Create", click -> {
            try {
                NewAccount created = accounts.create(name.getValue());
                handOver.setText("Created " + created.username() + " with the password " + created.initialPassword()
                        + " — hand it over now: it is not shown again, and must be changed at the first sign-in.");
                handOver.setVisible(true);
                name.clear();
                name.setInvalid(false);
                refresh();
            } catch (IllegalArgumentException rejected) {
                name.setInvalid(true);
                name.setErrorMessage(rejected.getMessage());
            }
        });
        create.setId("create-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        handOver.setId("initial-password");
        handOver.setVisible(false);
        grid.addColumn(AccountRow::username).setHeader("Account");
        grid.addColumn(row -> row.administrator() ? "administrator" : "").setHeader("Role");
        grid.addColumn(row -> row.mustChangePassword() ? "not yet" : "yes").setHeader("Own password chosen");
        add(new H2("Accounts"), form, handOver, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.accounts());
    }
}
