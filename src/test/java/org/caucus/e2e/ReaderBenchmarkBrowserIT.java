package org.caucus.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.caucus.LongCodedMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * How long a real headless Chromium takes, from the start of navigation, to show all 300 passages of
 * a 50 KB message, against the same message with no passage. Run with {@code -Dcaucus.benchmark=true}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:caucus-reader-bench;DB_CLOSE_DELAY=-1",
            "vaadin.productionMode=true"
        })
@Import(LongCodedMessage.class)
@EnabledIfSystemProperty(named = "caucus.benchmark", matches = "true")
class ReaderBenchmarkBrowserIT {

    private static final int WARM_UP = 3;
    private static final int RUNS = 15;

    /** Resolves, in page milliseconds since navigation began, once the text and the given passages are on screen. */
    private static final String SHOWN = """
            const [passages, done] = [arguments[0], arguments[arguments.length - 1]];
            const check = () => {
              const reader = document.querySelector('passage-reader');
              const painted = reader ? new Set([...reader.querySelectorAll('mark[data-annotation]')].map(m => m.dataset.annotation)).size : -1;
              const text = reader && reader.querySelector('span[data-start]');
              if (text && painted === passages) {
                // the frame after the DOM change is the one that shows it
                requestAnimationFrame(() => done(performance.now()));
              } else {
                requestAnimationFrame(check);
              }
            };
            check();""";

    @LocalServerPort
    int port;

    @TempDir
    Path downloads;

    @Autowired
    LongCodedMessage longMessage;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        assumeTrue(Browser.installed(), "Chromium and chromedriver are not installed: .ci/run installs them");
        browser = Browser.start(downloads);
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void time_until_the_browser_shows_every_passage_of_a_long_coded_message() {
        LongCodedMessage.Fixture fixture = longMessage.create();

        double[] uncoded = new double[RUNS];
        double[] coded = new double[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            double plain = shown(fixture.uncoded(), 0);
            double painted = shown(fixture.coded(), LongCodedMessage.PASSAGES);
            if (i >= 0) {
                uncoded[i] = plain;
                coded[i] = painted;
            }
        }
        Arrays.sort(uncoded);
        Arrays.sort(coded);
        System.out.printf(
                "Reader benchmark: browser shows all %d passages: median %.0f ms, worst %.0f ms over %d page loads;"
                        + " same message without passages %.0f ms (median); ratio %.2f%n",
                LongCodedMessage.PASSAGES,
                coded[RUNS / 2],
                coded[RUNS - 1],
                RUNS,
                uncoded[RUNS / 2],
                coded[RUNS / 2] / uncoded[RUNS / 2]);
    }

    private double shown(long messageId, int passages) {
        browser.get("http://localhost:" + port + "/messages/" + messageId);
        return ((Number) browser.executeAsyncScript(SHOWN, passages)).doubleValue();
    }
}
