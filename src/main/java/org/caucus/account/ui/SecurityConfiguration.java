package org.caucus.account.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.LinkedHashMap;
import org.caucus.account.AccountService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every page and download asks for a signed-in account; the login page alone is open. Which
 * project's data an account may see is decided at the services ({@code @PreAuthorize}). A person
 * still holding a password somebody else chose is sent to Change password from downloads as from
 * pages.
 */
// Not for the command line, which has no web server and signs in as the local operator.
@ConditionalOnWebApplication
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    private static final String DOWNLOADS = "/downloads/**";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountService accounts) throws Exception {
        // downloads are served outside Vaadin (export.web); the services decide whose project it is.
        // The style sheet is open: the login page uses it, and a browser that was sent to the login
        // page for it would keep the pages unstyled after signing in.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/caucus.css")
                .permitAll()
                .requestMatchers(DOWNLOADS)
                .access(new OwnPasswordChosen(accounts)));
        // Signed in but refused a download: only a password still to change does that. Any other refusal gets Spring
        // Security's own answer, which a handler given for downloads alone would otherwise replace for every address.
        LinkedHashMap<RequestMatcher, AccessDeniedHandler> refusals = new LinkedHashMap<>();
        refusals.put(
                PathPatternRequestMatcher.withDefaults().matcher(DOWNLOADS),
                (request, response, refused) -> response.sendRedirect(request.getContextPath() + "/password"));
        http.exceptionHandling(errors -> errors.accessDeniedHandler(
                new RequestMatcherDelegatingAccessDeniedHandler(refusals, new AccessDeniedHandlerImpl())));
        // Vaadin refuses an address that is no page (its default); a signed-in person is let through to it instead,
        // so that the router answers "not found" inside the frame (shell.PageNotFound).
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class).anyRequest(AuthorizedUrl::authenticated))
                .build();
    }
}
