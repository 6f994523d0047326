package org.caucus.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and changes passwords; the administrator alone lists and creates accounts. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    /** Long enough that a guessed or shoulder-surfed part does not give it away. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,100}");

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AdminPasswordFile adminPasswordFile;
    private final CurrentAnalyst analyst;
    private final Clock clock;

    AccountService(
            AccountRepository accounts,
            PasswordEncoder encoder,
            AdminPasswordFile adminPasswordFile,
            CurrentAnalyst analyst,
            Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.adminPasswordFile = adminPasswordFile;
        this.analyst = analyst;
        this.clock = clock;
    }

    /** The first administrator, to whom the Demo project and projects nobody belongs to are given. */
    public Optional<String> administrator() {
        return accounts.findFirstByAdministratorTrueOrderByIdAsc().map(Account::getUsername);
    }

    public boolean exists(String username) {
        return accounts.findByUsername(username).isPresent();
    }

    /** Whether the signed-in person still has a password somebody else chose; false for no account. */
    public boolean mustChangePassword(String username) {
        return accounts.findByUsername(username)
                .map(Account::isMustChangePassword)
                .orElse(false);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AccountRow> accounts() {
        return accounts.findAllByOrderByUsernameAsc().stream()
                .map(account -> new AccountRow(
                        account.getUsername(),
                        account.isAdministrator(),
                        account.isMustChangePassword(),
                        account.getCreatedAt()))
                .toList();
    }

    /** A new account with a random password, which its owner must change at the first sign-in. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public NewAccount create(String username) {
        return create(username, false);
    }

    /** The first start's administrator, with a random password; see {@link AdminBootstrap}. */
    @Transactional
    NewAccount createAdministrator(String username) {
        return create(username, true);
    }

    private NewAccount create(String username, boolean administrator) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalArgumentException("The account name '" + name
                    + "' is not allowed: use 1 to 100 letters, digits, dots, dashes, underscores or @.");
        }
        CoderNames.checked(name, "The account name");
        if (accounts.findByUsername(name).isPresent()) {
            throw new IllegalArgumentException("An account named '" + name + "' exists already.");
        }
        String password = RandomPassword.generate();
        accounts.save(new Account(name, encoder.encode(password), administrator, clock.instant()));
        return new NewAccount(name, password);
    }

    /**
     * Changes the signed-in person's password after checking the current one. The administrator's
     * first-start password file is deleted once that password is no longer valid.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword) {
        Account account = accounts.findByUsername(analyst.name())
                .orElseThrow(() -> new IllegalStateException("'" + analyst.name() + "' has no account here."));
        if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new IllegalArgumentException("The current password is not right.");
        }
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    "The new password is too short: it needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (newPassword.equals(currentPassword)) {
            throw new IllegalArgumentException("The new password must differ from the current one.");
        }
        account.changePassword(encoder.encode(newPassword));
        if (account.isAdministrator()) {
            adminPasswordFile.discard();
        }
    }
}
