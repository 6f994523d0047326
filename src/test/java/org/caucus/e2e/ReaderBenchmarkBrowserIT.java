package org.caucus.e2e;

import java.time.Duration;
import java.util.Arrays;
import org.caucus.LongCodedMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * How long a real headless Chromium takes to show all 300 passages of a 50 KB message, against the
 * same message with no passage, measured two ways: a fresh page load from the start of navigation,
 * and moving to the message inside the running application, as j, k and links do. Run with
 * {@code -Dcaucus.benchmark=true}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:caucus-reader-bench;DB_CLOSE_DELAY=-1"})
@Import(LongCodedMessage.class)
@EnabledIfSystemProperty(named = "caucus.benchmark", matches = "true")
class ReaderBenchmarkBrowserIT extends BrowserTest {

    private static final int WARM_UP = 3;
    private static final int RUNS = 15;

    /** Calls {@code shown()} in the frame after the reader's text and exactly {@code passages} passages are in the DOM. */
    private static final String WHEN_SHOWN = """
            const whenShown = (passages, shown) => {
              const check = () => {
                const reader = document.querySelector('passage-reader');
                const painted = reader ? new Set([...reader.querySelectorAll('mark[data-annotation]')].map(m => m.dataset.annotation)).size : -1;
                const text = reader && reader.querySelector('span[data-start]');
                if (text && painted === passages) {
                  // the frame after the DOM change is the one that shows it
                  requestAnimationFrame(shown);
                } else {
                  requestAnimationFrame(check);
                }
              };
              check();
            };
            """;

    /** Resolves, in page milliseconds since navigation began, once the page shows the message. */
    private static final String LOADED = WHEN_SHOWN + """
            const [passages, done] = [arguments[0], arguments[arguments.length - 1]];
            whenShown(passages, () => done(performance.now()));""";

    /** Moves to another message as the router's links do, and resolves with the milliseconds until it shows. */
    private static final String MOVED = WHEN_SHOWN + """
            const [path, passages, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
            const start = performance.now();
            history.pushState(null, '', path);
            window.dispatchEvent(new PopStateEvent('popstate'));
            whenShown(passages, () => done(performance.now() - start));""";

    @LocalServerPort
    int port;

    @Autowired
    LongCodedMessage longMessage;

    @BeforeEach
    void allowSlowPageLoads() {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @Test
    void time_until_the_browser_shows_every_passage_of_a_long_coded_message() {
        LongCodedMessage.Fixture fixture = longMessage.create();

        Timings pageLoads = new Timings();
        Timings moves = new Timings();
        for (int i = -WARM_UP; i < RUNS; i++) {
            pageLoads.add(i, loaded(fixture.uncoded(), 0), loaded(fixture.coded(), LongCodedMessage.PASSAGES));
            moves.add(i, moved(fixture.uncoded(), 0), moved(fixture.coded(), LongCodedMessage.PASSAGES));
        }
        pageLoads.report("page load from the start of navigation");
        moves.report("moving to the message inside the application");
    }

    private double loaded(long messageId, int passages) {
        browser.get("http://localhost:" + port + "/messages/" + messageId);
        return ((Number) browser.executeAsyncScript(LOADED, passages)).doubleValue();
    }

    private double moved(long messageId, int passages) {
        return ((Number) browser.executeAsyncScript(MOVED, "/messages/" + messageId, passages)).doubleValue();
    }

    /** Times of the message with its passages and of the same text without, after the warm-up runs. */
    private static final class Timings {
        private final double[] uncoded = new double[RUNS];
        private final double[] coded = new double[RUNS];

        void add(int run, double withoutPassages, double withPassages) {
            if (run >= 0) {
                uncoded[run] = withoutPassages;
                coded[run] = withPassages;
            }
        }

        void report(String how) {
            Arrays.sort(uncoded);
            Arrays.sort(coded);
            System.out.printf(
                    "Reader benchmark: browser shows all %d passages, %s: median %.0f ms, worst %.0f ms over %d;"
                            + " same message without passages %.0f ms (median); ratio %.2f%n",
                    LongCodedMessage.PASSAGES,
                    how,
                    coded[RUNS / 2],
                    coded[RUNS - 1],
                    RUNS,
                    uncoded[RUNS / 2],
                    coded[RUNS / 2] / uncoded[RUNS / 2]);
        }
    }
}
