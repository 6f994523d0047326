package org.caucus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.caucus.SignIn;
import org.caucus.account.AccountService;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A team forms in a real headless Chromium: the Demo's owner adds a new account as a coder on the
 * Members page; its owner signs in with the handed-over password, must choose their own first,
 * and then finds the Demo among their projects as a coder; an address she mistypes then answers "not found".
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:caucus-e2e-accounts;DB_CLOSE_DELAY=-1"})
class AccountsBrowserIT extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext application;

    @Autowired
    AccountService accounts;

    @Autowired
    ProjectService projects;

    @Test
    void an_owner_adds_a_coder_who_must_choose_a_password_before_seeing_the_project() throws Exception {
        String joana = "joana-" + UUID.randomUUID().toString().substring(0, 6);
        SignIn.as(application, "admin", "USER", "ADMIN");
        String handedOver = accounts.create(joana).initialPassword();
        SignIn.as(application, ANALYST);
        long demo = projects.findByName("Demo").orElseThrow().getId();

        browser.get("http://localhost:" + port + "/projects/" + demo + "/members");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#member-name input")))
                .sendKeys(joana);
        browser.findElement(By.id("add-member")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., '" + joana + "')]")));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("members.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.manage().deleteAllCookies();
        logIn(joana, handedOver);
        // every page shows the password form until she has chosen her own
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#current-password input")))
                .sendKeys(handedOver);
        browser.findElement(By.cssSelector("#new-password input")).sendKeys("Joana's own password");
        browser.findElement(By.cssSelector("#repeated-password input")).sendKeys("Joana's own password");
        browser.findElement(By.id("change-password")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#current-password input")));

        browser.get("http://localhost:" + port + "/projects");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='coder']")));
        assertThat(accounts.mustChangePassword(joana)).as("password chosen").isFalse();
        Files.write(SCREENSHOTS.resolve("projects.png"), browser.getScreenshotAs(OutputType.BYTES));

        // a mistyped address says so inside the frame, and no longer sends her to choose a password again
        browser.get("http://localhost:" + port + "/compare/cooccurrence");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".page-not-found")))
                        .getText())
                .as("what the mistyped address shows")
                .contains("/compare/cooccurrence");
        assertThat(browser.findElements(By.cssSelector("#current-password")))
                .as("the password form")
                .isEmpty();
        assertThat(browser.findElements(By.cssSelector("vaadin-side-nav")))
                .as("the navigation beside it")
                .isNotEmpty();
    }
}
