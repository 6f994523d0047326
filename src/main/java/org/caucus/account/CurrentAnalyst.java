package org.caucus.account;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is at work: the signed-in account's name, which coded passages and changes record. The
 * command line signs in as the local operator ({@link LocalOperator}), named by {@code caucus.coder}.
 */
@Component
public class CurrentAnalyst {

    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    /**
     * The web application's holder of security contexts (Vaadin's, which also finds the context of
     * a push request), the one method security reads; the command line has none and uses the default.
     */
    CurrentAnalyst(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy;
    }

    private SecurityContextHolderStrategy holder() {
        return strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    private Authentication authentication() {
        return holder().getContext().getAuthentication();
    }

    /**
     * Runs {@code work} on this thread signed in as the local operator under another name, such as
     * one of the command line's simulated coders, each of which works on a thread of its own. It
     * signs in where this bean looks, so the services' checks see that name.
     */
    public <T> T asOperatorNamed(String name, Supplier<T> work) {
        SecurityContextHolderStrategy holder = holder();
        SecurityContext before = holder.getContext();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(LocalOperator.named(name));
        holder.setContext(context);
        try {
            return work.get();
        } finally {
            holder.setContext(before);
        }
    }

    /** The signed-in account's name; nothing before sign-in. */
    public Optional<String> signedIn() {
        Authentication authentication = authentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    public String name() {
        return signedIn()
                .orElseThrow(() -> new IllegalStateException("Nobody is signed in, so there is no analyst to record."));
    }

    /** Whether the one at work is the command line's local operator, who has every project's data anyway. */
    public boolean isLocalOperator() {
        Authentication authentication = authentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(authority -> LocalOperator.AUTHORITY.equals(authority.getAuthority()));
    }
}
