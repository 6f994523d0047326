package org.caucus.account.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.caucus.account.AccountService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

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
        // Signed in but refused: only a password still to change refuses a download here.
        http.exceptionHandling(errors -> errors.defaultAccessDeniedHandlerFor(
                (request, response, refused) -> response.sendRedirect(request.getContextPath() + "/password"),
                PathPatternRequestMatcher.withDefaults().matcher(DOWNLOADS)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }
}
