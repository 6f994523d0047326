package org.caucus.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caucus.SignIn;
import org.caucus.TestApplication;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** No default password: the first start makes the administrator with a random one, shown once. */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    private static final Pattern PRINTED = Pattern.compile("password: (\\S+)");

    @TempDir
    Path dataDir;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void first_start_prints_a_random_admin_password_once_and_leaves_it_in_a_file_only_the_owner_reads(
            CapturedOutput output) throws Exception {
        Path file = dataDir.resolve(AdminPasswordFile.NAME);
        String password;
        try (ConfigurableApplicationContext first = TestApplication.start(dataDir)) {
            Matcher printed = PRINTED.matcher(output.getOut() + output.getErr());
            assertThat(printed.find()).as("password printed on the console").isTrue();
            password = printed.group(1);
            assertThat(password).as("random password").hasSizeGreaterThanOrEqualTo(20);
            assertThat(Files.readString(file)).as("password file").contains("password: " + password);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .as("permissions of the password file")
                    .isEqualTo("rw-------");

            Authentication signedIn = signIn(first, "admin", password);
            assertThat(signedIn.getAuthorities())
                    .as("admin's roles")
                    .extracting(Object::toString)
                    .contains("ROLE_ADMIN");
            assertThatThrownBy(() -> signIn(first, "admin", password + "x"))
                    .as("a wrong password")
                    .isInstanceOf(BadCredentialsException.class);
            AccountService accounts = first.getBean(AccountService.class);
            assertThat(accounts.mustChangePassword("admin"))
                    .as("must change at first sign-in")
                    .isTrue();
            assertThat(first.getBean(ProjectService.class).findByName("Demo"))
                    .as("the Demo is the administrator's")
                    .isPresent();
        }
        int printedBefore = (output.getOut() + output.getErr()).split("password: ", -1).length;

        try (ConfigurableApplicationContext second = TestApplication.start(dataDir)) {
            assertThat((output.getOut() + output.getErr()).split("password: ", -1).length)
                    .as("no password printed on the second start")
                    .isEqualTo(printedBefore);
            assertThat(second.getBean(AccountService.class).administrator())
                    .as("the one administrator")
                    .contains("admin");
            signIn(second, "admin", password);
            assertThat(second.getBean(AccountService.class).accounts())
                    .as("no second admin")
                    .extracting(AccountRow::username)
                    .containsExactly("admin");

            second.getBean(AccountService.class).changePassword(password, "a long password of my own");

            assertThat(Files.exists(file)).as("password file after the change").isFalse();
            assertThat(second.getBean(AccountService.class).mustChangePassword("admin"))
                    .as("must change after the change")
                    .isFalse();
            assertThatThrownBy(() -> signIn(second, "admin", password))
                    .as("the first start's password after the change")
                    .isInstanceOf(BadCredentialsException.class);
            signIn(second, "admin", "a long password of my own");
        }
    }

    /** Checks the password as the login form's post is checked, and signs the thread in on success. */
    private static Authentication signIn(ConfigurableApplicationContext context, String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(context.getBean(UserDetailsService.class));
        provider.setPasswordEncoder(context.getBean(PasswordEncoder.class));
        AuthenticationManager manager = new ProviderManager(List.of(provider));
        Authentication authenticated =
                manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        SignIn.use(context, authenticated);
        return authenticated;
    }
}
