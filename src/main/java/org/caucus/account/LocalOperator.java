package org.caucus.account;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs in without a password, for work that no web request starts: the command line's local
 * operator (who owns the data directory, so may read and change every project), and the first
 * start's loading of the Demo project on behalf of the administrator. Nothing in the web layer
 * grants the operator's authority.
 */
public final class LocalOperator {

    static final String AUTHORITY = "ROLE_OPERATOR";

    private LocalOperator() {}

    /** Signs the current thread in as the local operator, named as the analyst on what it codes. */
    public static void signIn(String name) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authenticated(name, AUTHORITY));
        SecurityContextHolder.setContext(context);
    }

    /** Runs {@code work} signed in as the named account with the rights of an ordinary user. */
    public static <T> T as(String username, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authenticated(username, "ROLE_USER"));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** The local operator under a name: see {@link CurrentAnalyst#asOperatorNamed}. */
    static Authentication named(String name) {
        return authenticated(name, AUTHORITY);
    }

    private static Authentication authenticated(String name, String authority) {
        return UsernamePasswordAuthenticationToken.authenticated(
                name, null, List.of(new SimpleGrantedAuthority(authority)));
    }
}
