package org.caucus;

import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/** Signs the test in as {@link WithTester#NAME}, who owns the Demo project as the first start's admin does. */
class TesterContextFactory implements WithSecurityContextFactory<WithTester> {

    @Autowired
    JdbcTemplate jdbc;

    @Override
    public SecurityContext createSecurityContext(WithTester annotation) {
        jdbc.queryForList("select id from project where name = 'Demo'", Long.class)
                .forEach(demo -> Memberships.grant(jdbc, demo, WithTester.NAME, "OWNER"));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                WithTester.NAME, null, List.of(new SimpleGrantedAuthority("ROLE_USER"))));
        return context;
    }
}
