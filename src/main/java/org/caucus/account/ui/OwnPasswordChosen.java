package org.caucus.account.ui;

import java.util.function.Supplier;
import org.caucus.account.AccountService;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Lets a download through for a signed-in person who has chosen their own password. Pages send everyone else to
 * Change password ({@link PasswordChangeGuard}); downloads are served outside Vaadin, so they need the same rule here,
 * or a handed-over password would fetch every export without ever being replaced.
 */
final class OwnPasswordChosen implements AuthorizationManager<RequestAuthorizationContext> {

    private final AccountService accounts;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    OwnPasswordChosen(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext request) {
        Authentication person = authentication.get();
        return new AuthorizationDecision(
                trust.isAuthenticated(person) && !accounts.mustChangePassword(person.getName()));
    }
}
