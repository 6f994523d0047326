package org.caucus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.caucus.coding.CodingService;
import org.caucus.coding.Highlight;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.MessageFilter;
import org.caucus.corpus.MessageReading;
import org.caucus.project.ProjectService;
import org.caucus.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;

/**
 * Bulk coding from search in a real headless Chromium: search the Demo for a word, tick two hits,
 * choose a position and a qualifier, code them at once, and find each passage credited to the
 * speaker of its own block.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:caucus-e2e-search;DB_CLOSE_DELAY=-1",
            "caucus.exports-dir=target/e2e-exports",
            "caucus.search.rebuild-in-background=false"
        })
class SearchBrowserIT extends BrowserTest {

    private static final String POSITION = "Wait and see";
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;

    @Autowired
    CodingService coding;

    @Autowired
    CorpusService corpus;

    @Autowired
    ProjectService projects;

    @Autowired
    SearchIndex searchIndex;

    @Test
    void analyst_codes_two_search_hits_at_once_each_with_its_own_speaker() throws Exception {
        long seed = corpus.findMessages(
                        projects.findDefault().orElseThrow(),
                        MessageFilter.EVERYTHING.withListName("bestbits"),
                        Pageable.ofSize(1))
                .getFirst()
                .id();
        int before = coding.highlights(seed).size();
        // The Demo was imported at start; its messages reach the index in the background.
        searchIndex.awaitImportsIndexed();

        browser.get("http://localhost:" + port + "/search?q=Brazil");
        // The first page of a fresh server can take long on a busy build machine.
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kwic-match")));
        List<WebElement> boxes = browser.findElements(By.xpath("//vaadin-grid-cell-content/vaadin-checkbox"));
        // The first box selects all; the next are the rows'.
        click(boxes.get(1));
        click(boxes.get(2));
        WebElement codeButton = browser.findElement(By.cssSelector("vaadin-button.bulk-code"));
        wait.until(ExpectedConditions.textToBePresentInElement(codeButton, "Code the 2 selected hits"));

        WebElement position = browser.findElement(By.cssSelector("vaadin-combo-box.bulk-position input"));
        click(position);
        position.sendKeys(POSITION);
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-combo-box-item[contains(., '" + POSITION + "')]"))));
        position.sendKeys(Keys.ESCAPE);
        click(browser.findElement(By.xpath("//vaadin-radio-group[contains(@class,'bulk-qualifier')]"
                + "//vaadin-radio-button[contains(., 'opposes')]")));
        click(codeButton);

        WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".bulk-done")));
        assertThat(done.getText()).as("outcome").isEqualTo("2 passages coded.");
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("search-bulk-coded.png"), browser.getScreenshotAs(OutputType.BYTES));

        MessageReading message = corpus.read(seed).orElseThrow();
        List<Highlight> coded = coding.highlights(seed).stream()
                .filter(h -> h.position().equals(POSITION) && h.qualifier() == StanceQualifier.OPPOSES)
                .toList();
        assertThat(coding.highlights(seed)).as("passages of the seed").hasSize(before + 2);
        assertThat(coded)
                .as("each new passage credited to the speaker of its block")
                .hasSize(2)
                .allSatisfy(h -> assertThat(h.speaker()).isEqualTo(speakerAt(message, h.start())));
    }

    private static String speakerAt(MessageReading message, int offset) {
        return message.blocks().stream()
                .filter(block -> block.start() <= offset && offset < block.end())
                .findFirst()
                .orElseThrow()
                .speaker();
    }

    private void click(WebElement element) {
        new Actions(browser).moveToElement(element).click().perform();
    }
}
