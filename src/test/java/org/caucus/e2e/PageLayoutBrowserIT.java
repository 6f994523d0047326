package org.caucus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caucus.QuotingThreadProject;
import org.caucus.corpus.CorpusService;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;

/**
 * What an analyst sees of each page in a real headless Chromium, 1400 and 1100 pixels wide: nothing runs off the
 * window's right edge, the reader's links through a thread stand apart, and a small network's labels keep a readable
 * size.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:caucus-e2e-layout;DB_CLOSE_DELAY=-1"})
@Import(QuotingThreadProject.class)
class PageLayoutBrowserIT extends BrowserTest {

    /**
     * The elements whose right edge lies past the window's, grids' cells aside (a grid scrolls its own columns), each
     * as its tag and classes.
     */
    private static final String PAST_THE_RIGHT_EDGE = """
            const width = document.documentElement.clientWidth;
            return [...document.querySelectorAll('body *')]
                .filter(e => !e.closest('vaadin-grid') && e.getClientRects().length > 0)
                .filter(e => e.getBoundingClientRect().right > width + 1)
                .map(e => e.tagName.toLowerCase() + ' ' + e.className);
            """;

    /** The gaps, in pixels, between each link of the reader's thread line and the one before it. */
    private static final String GAPS_BETWEEN_THREAD_LINKS = """
            const parts = [...document.querySelector('.thread-links').children];
            return parts.slice(1).map((part, i) =>
                part.getBoundingClientRect().left - parts[i].getBoundingClientRect().right);
            """;

    /** The zoom of the network picture's drawing, or null until it is drawn. */
    private static final String PICTURE_ZOOM = """
            const cy = document.querySelector('network-picture')?.cy;
            return cy ? cy.zoom() : null;
            """;

    @Autowired
    ProjectService projects;

    @Autowired
    CorpusService corpus;

    @Autowired
    QuotingThreadProject quotingThread;

    @Test
    void every_page_of_the_demo_fits_the_window() {
        Project demo = projects.findByName("Demo").orElseThrow();
        long seedMessage = corpus.findMessages(demo, Pageable.unpaged())
                .getContent()
                .getFirst()
                .id();
        browser.get(pageAt("/projects"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("a.project-name"), "Demo"));

        List<String> pages = List.of(
                "/",
                "/messages/" + seedMessage,
                "/threads/" + seedMessage,
                "/search",
                "/participants",
                "/codebook",
                "/compare",
                "/compare/issue",
                "/compare/timeline",
                "/compare/co-occurrence",
                "/networks",
                "/agreement",
                "/disagreements",
                "/history",
                "/import",
                "/exports",
                "/exchange",
                "/settings/coding",
                "/projects",
                "/projects/" + demo.getId() + "/members");
        // A desktop window, and a laptop's narrower one.
        for (Dimension window : List.of(new Dimension(1400, 1000), new Dimension(1100, 800))) {
            browser.manage().window().setSize(window);
            for (String page : pages) {
                browser.get(pageAt(page));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h2")));
                wait.until(Browser::settled);
                assertThat((List<?>) browser.executeScript(PAST_THE_RIGHT_EDGE))
                        .as("elements past the right edge of a window " + window.getWidth() + " pixels wide on " + page)
                        .isEmpty();
            }
        }
    }

    @Test
    void the_demo_network_of_four_people_is_not_drawn_closer_than_its_labels_read() {
        browser.get(pageAt("/networks"));
        wait.until(driver -> browser.executeScript(PICTURE_ZOOM) != null);

        assertThat(((Number) browser.executeScript(PICTURE_ZOOM)).doubleValue())
                .as("the zoom of the first view of the Demo's network (fitted to its frame, it would be 4)")
                .isLessThanOrEqualTo(1.5);
    }

    @Test
    void the_readers_thread_links_stand_apart() {
        QuotingThreadProject.Fixture thread = quotingThread.create();

        browser.get(pageAt("/messages/" + thread.messages().getFirst().id()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".thread-links .thread-reply")));

        assertThat(browser.findElement(By.cssSelector(".thread-links")).getText())
                .as("the first message's place in its thread")
                .startsWith("Thread: 1 of 3");
        assertThat((List<?>) browser.executeScript(GAPS_BETWEEN_THREAD_LINKS))
                .as("pixels between each thread link and the one before it")
                .isNotEmpty()
                .allSatisfy(gap -> assertThat(((Number) gap).doubleValue()).isGreaterThanOrEqualTo(8));
    }
}
