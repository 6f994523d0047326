package org.caucus.export.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.caucus.IntegrationTest;
import org.caucus.Memberships;
import org.caucus.SeedProject;
import org.caucus.SignIn;
import org.caucus.account.AccountService;
import org.caucus.analysis.ComparisonScope;
import org.caucus.export.ExportFormat;
import org.caucus.export.ExportRequest;
import org.caucus.export.ExportService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An export's download address, fetched over HTTP through the security filters: the project's
 * members get the file once they have chosen their own password; anyone else gets 404, the answer
 * for a file or project that does not exist.
 */
@IntegrationTest
class ExportDownloadsTest {

    @Autowired
    WebApplicationContext application;

    @Autowired
    SeedProject seedProject;

    @Autowired
    ExportService exports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    MockMvc http;
    String address;
    long projectId;

    @BeforeEach
    void exportOfAProject() {
        http = MockMvcBuilders.webAppContextSetup(application)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        SeedProject.Fixture seed = seedProject.create();
        projectId = seed.project().getId();
        Memberships.grant(jdbc, projectId, "vera", "VIEWER");
        Path file = exports.export(
                seed.project(), new ExportRequest(ComparisonScope.everything(), Set.of(), 5, ExportFormat.CSV));
        address = "/downloads/exports/" + projectId + "/" + file.getFileName();
    }

    @Test
    void a_member_downloads_the_export() throws Exception {
        http.perform(get(address).with(user("vera")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
    }

    @Test
    void somebody_who_is_not_a_member_gets_not_found_as_for_a_project_that_does_not_exist() throws Exception {
        http.perform(get(address).with(user("nadia"))).andExpect(status().isNotFound());
        http.perform(get(address.replace("/" + projectId + "/", "/" + (projectId + 1_000_000) + "/"))
                        .with(user("vera")))
                .andExpect(status().isNotFound());
        http.perform(get(address + "-missing").with(user("vera"))).andExpect(status().isNotFound());
    }

    @Test
    void somebody_still_holding_a_handed_over_password_is_sent_to_change_it_before_downloading() throws Exception {
        String name = "handed-" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.as(application, "admin", "USER", "ADMIN");
        String handedOver = accounts.create(name).initialPassword();
        Memberships.grant(jdbc, projectId, name, "VIEWER");

        http.perform(get(address).with(user(name)))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/password")));

        SignIn.running(application, name, () -> {
            accounts.changePassword(handedOver, "a password of my own");
            return null;
        });
        http.perform(get(address).with(user(name))).andExpect(status().isOk());
    }

    @Test
    void nobody_signed_in_is_sent_to_the_login_page() throws Exception {
        http.perform(get(address).with(anonymous()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }
}
