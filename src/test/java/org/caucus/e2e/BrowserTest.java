package org.caucus.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
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
            "caucus.coder=e2e"
        })
abstract class BrowserTest {

    @TempDir
    Path downloads;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        assumeTrue(Browser.installed(), "Chromium and chromedriver are not installed: .ci/run installs them");
        browser = Browser.start(downloads);
        wait = Browser.waitFor(browser);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
