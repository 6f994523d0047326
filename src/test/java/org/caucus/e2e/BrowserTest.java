package org.caucus.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A browser test's Chromium: opened before each test, closed after it, skipped where none is installed. */
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
