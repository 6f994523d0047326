package org.caucus.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.caucus.Memberships;
import org.caucus.SignIn;
import org.caucus.account.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A browser test's Chromium: opened before each test, closed after it, skipped where none is installed.
 * The application under test serves the production bundle that the package phase built, as users of
 * the jar get it, and keeps its search index in memory: several application contexts live in one test
 * JVM, and a folder index would be locked by the first.
 */
@TestPropertySource(
        properties = {
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
            "vaadin.productionMode=true",
            "caucus.coder=e2e",
            "caucus.data-dir=target/e2e-data"
        })
abstract class BrowserTest {

    @TempDir
    Path downloads;

    /** The analyst the browser signs in as: an account made for the test, owner of the Demo and the fixtures. */
    static final String ANALYST = "e2e";

    private static final String PASSWORD = "a browser test's own password";

    ChromeDriver browser;
    WebDriverWait wait;

    @Autowired
    private ApplicationContext application;

    @Autowired
    private AccountService accounts;

    @Autowired
    private JdbcTemplate jdbc;

    @LocalServerPort
    private int serverPort;

    /**
     * Makes the analyst's account as the administrator would and chooses its password as its owner
     * would, then signs the test in as the analyst, so that projects the fixtures create are theirs.
     */
    private void signInAsTheAnalyst() {
        if (!accounts.exists(ANALYST)) {
            SignIn.as(application, "admin", "USER", "ADMIN");
            String handedOver = accounts.create(ANALYST).initialPassword();
            SignIn.as(application, ANALYST);
            accounts.changePassword(handedOver, PASSWORD);
        }
        jdbc.queryForList("select id from project where name = 'Demo'", Long.class)
                .forEach(demo -> Memberships.grant(jdbc, demo, ANALYST, "OWNER"));
        SignIn.as(application, ANALYST);
    }

    /** One method, so that the account exists before the browser signs in with it. */
    @BeforeEach
    void openBrowser() {
        signInAsTheAnalyst();
        assumeTrue(Browser.installed(), "Chromium and chromedriver are not installed: .ci/run installs them");
        browser = Browser.start(downloads);
        wait = Browser.waitFor(browser);
        logIn(ANALYST, PASSWORD);
    }

    /** Through the real login page, as a person would. */
    void logIn(String username, String password) {
        browser.get("http://localhost:" + serverPort + "/login");
        WebElement name =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
        name.sendKeys(username);
        WebElement secret = browser.findElement(By.cssSelector("input[name='password']"));
        secret.sendKeys(password);
        secret.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** The page at {@code path} of the application under test. */
    String pageAt(String path) {
        return "http://localhost:" + serverPort + path;
    }

    /** The first file with this ending that the browser has finished downloading, waited for. */
    Path awaitDownload(String extension) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(file -> file.toString().endsWith(extension))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** Keeps what the browser shows now in {@code target/screenshots}, to look at after the run. */
    void screenshot(String fileName) throws IOException {
        Path folder = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(folder.resolve(fileName), browser.getScreenshotAs(OutputType.BYTES));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
