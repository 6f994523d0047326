package org.caucus.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.caucus.account.AccountService;
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
    private final AuthenticationContext authentication;

    PasswordChangeGuard(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
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
        authentication
                .getPrincipalName()
                .filter(accounts::mustChangePassword)
                .ifPresent(name -> event.rerouteTo(ChangePasswordView.class));
    }
}
