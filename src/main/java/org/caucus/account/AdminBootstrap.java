package org.caucus.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * No default password: on the first start, with no account at all, creates the administrator with
 * a random password, prints it once to the console and leaves it in a file only the owner can
 * read. The administrator must change it at the first sign-in. Runs before the Demo project is
 * loaded, which then belongs to this administrator.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountRepository accounts;
    private final AccountService service;
    private final AdminPasswordFile file;

    AdminBootstrap(AccountRepository accounts, AccountService service, AdminPasswordFile file) {
        this.accounts = accounts;
        this.service = service;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        NewAccount admin = service.createAdministrator(ADMIN);
        file.write(admin.username(), admin.initialPassword());
        log.warn("""

                ==================================================================
                  First start: created the administrator account.
                    account:  {}
                    password: {}
                  This is shown once. It is also in {} (readable by you only).
                  Sign in and choose a new password; the file is deleted then.
                ==================================================================""", admin.username(), admin.initialPassword(), file.path().toAbsolutePath());
    }
}
