package org.caucus.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.caucus.account.AccountService;
import org.caucus.account.CurrentAnalyst;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Until a signed-in person has replaced a password somebody else chose (the first start's, or one
 * the administrator handed out), every page leads to the change-password page.
 */
@Component
@ConditionalOnWebApplication
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final CurrentAnalyst analyst;

    PasswordChangeGuard(AccountService accounts, CurrentAnalyst analyst) {
        this.accounts = accounts;
        this.analyst = analyst;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        analyst.signedIn()
                .filter(accounts::mustChangePassword)
                .ifPresent(name -> event.rerouteTo(ChangePasswordView.class));
    }
}
