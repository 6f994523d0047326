package org.caucus;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Signs the test's thread in to one application context. Each context started with Vaadin holds
 * security contexts in a holder of its own, which is the one its services read; so a test that
 * starts a second application signs in to that one.
 */
public final class SignIn {

    private SignIn() {}

    public static void as(ApplicationContext application, String username, String... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles.length == 0 ? new String[] {"USER"} : roles)
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        use(application, UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
    }

    public static void use(ApplicationContext application, Authentication authentication) {
        SecurityContextHolderStrategy holder = holder(application);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
    }

    /** Runs {@code work} signed in as the account, then signs back in as before. */
    public static <T> T running(ApplicationContext application, String username, Supplier<T> work) {
        SecurityContextHolderStrategy holder = holder(application);
        SecurityContext before = holder.getContext();
        as(application, username);
        try {
            return work.get();
        } finally {
            holder.setContext(before);
        }
    }

    public static SecurityContextHolderStrategy holder(ApplicationContext application) {
        return application
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }
}
