package org.caucus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.caucus.SeedProject;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.Position;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.Highlight;
import org.caucus.coding.PassageRange;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.ArchiveImportService;
import org.caucus.corpus.CorpusService;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The reader in a real headless Chromium: coding with mouse and keyboard, overlaps, undo, edits, safety. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:caucus-reader-e2e;DB_CLOSE_DELAY=-1"})
@Import(SeedProject.class)
class ReaderBrowserIT extends BrowserTest {

    private static final String JOANA = "a dialogue without governments is not my perfect view of a";
    private static final String PARMINDER = "we will like to have a direct liaison with the hosts of the";

    @LocalServerPort
    int port;

    @Autowired
    SeedProject seedProject;

    @Autowired
    CodingService coding;

    @Autowired
    CodebookService codebook;

    @Autowired
    CorpusService corpus;

    @Autowired
    ArchiveImportService importer;

    @Autowired
    ProjectService projects;

    ReaderPage reader;
    SeedProject.Fixture seed;

    @BeforeEach
    void createSeed() {
        reader = new ReaderPage(browser, wait);
        seed = seedProject.create();
    }

    @Test
    void mouse_coding_selects_text_searches_the_popup_and_picks_a_position() {
        reader.open(port, seed.messageId());

        reader.selectWithMouse("a dialogue without", "perfect view of a");
        WebElement search = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".coding-popup .position-search input")));
        search.click();
        search.sendKeys("liaison");
        wait.until(driver -> visibleOptions().size() == 1);
        assertThat(visibleOptions())
                .as("positions left after typing 'liaison'")
                .singleElement()
                .asString()
                .contains("Direct liaison");
        WebElement popup = browser.findElement(By.cssSelector(".coding-popup"));
        reader.click(popup.findElement(By.xpath(".//vaadin-radio-button[contains(., 'opposes')]")));
        popup.findElement(By.cssSelector(".memo-field textarea")).sendKeys("asks for a channel");
        reader.click(popup.findElement(By.xpath(".//vaadin-button[contains(., 'Direct liaison')]")));

        WebElement mark = wait.until(
                ExpectedConditions.presenceOfElementLocated(ReaderPage.textMarkContaining("without governments")));
        assertThat(mark.getDomAttribute("title"))
                .as("hover text of the new passage")
                .contains(
                        "Direct liaison: opposes", "Speaker: Joana Varon", "Coded by e2e", "Memo: asks for a channel");
        assertThat(mark.getDomAttribute("class")).as("qualifier style").contains("q-opposes");
        long coded = coding.highlights(seed.messageId()).getFirst().id();
        wait.until(driver -> driver.getCurrentUrl().contains("passage="));
        assertThat(browser.getCurrentUrl())
                .as("address with the new passage in focus, for a link that opens on it")
                .endsWith("/messages/" + seed.messageId() + "?passage=" + coded);
    }

    @Test
    void keyboard_coding_sets_the_qualifier_with_a_letter_and_codes_with_a_digit() {
        reader.open(port, seed.messageId());

        reader.selectWithMouse(PARMINDER.substring(0, 10), PARMINDER.substring(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".coding-popup .position-list")));
        reader.press("n", "1");

        wait.until(driver -> reader.paintedPassages() == 1);
        assertThat(coding.highlights(seed.messageId()))
                .as("stored from the keyboard")
                .extracting(Highlight::position, Highlight::qualifier, Highlight::speaker)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "Governments take part", StanceQualifier.NEUTRAL, "parminder"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".coding-popup .position-list")));

        reader.press("?");
        WebElement help = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".shortcuts-help .shortcut-list")));
        assertThat(help.getText()).as("shortcut list").contains("Governments take part", "Ctrl+Shift+Z");
    }

    @Test
    void overlapping_and_nested_passages_each_keep_a_visible_clickable_underline() throws Exception {
        Position third = codebook.addPosition(
                codebook.findPosition(seed.governments().getId()).orElseThrow().getIssue(),
                "Dialogue first",
                null,
                "#d62728",
                '3');
        String outerText = "a dialogue without governments is not my perfect view";
        Highlight outer = code(outerText, seed.governments().getId(), StanceQualifier.SUPPORTS);
        Highlight nested = code("without governments", seed.liaison().getId(), StanceQualifier.OPPOSES);
        Highlight across = code("governments is not my perfect view of a", third.getId(), StanceQualifier.NEUTRAL);
        reader.open(port, seed.messageId());
        wait.until(driver -> reader.paintedPassages() == 3);

        Map<Long, String> positions = Map.of(
                outer.id(), "Governments take part",
                nested.id(), "Direct liaison",
                across.id(), "Dialogue first");
        for (Map.Entry<Long, String> passage : positions.entrySet()) {
            WebElement first = browser.findElements(
                            ReaderPage.markOf(passage.getKey().toString()))
                    .getFirst();
            assertThat(first.getCssValue("border-bottom-width"))
                    .as("underline of " + passage.getValue())
                    .isEqualTo("2px");
            // the bottom pixel row of a mark is its own underline, below every passage nested in it
            @SuppressWarnings("unchecked")
            List<Number> point = (List<Number>) browser.executeScript("""
                    const mark = arguments[0];
                    mark.scrollIntoView({ block: 'center' });
                    const box = mark.getClientRects()[0];
                    return [box.left + 2, box.bottom - 1];""", first);
            new Actions(browser)
                    .moveToLocation(point.get(0).intValue(), point.get(1).intValue())
                    .click()
                    .perform();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".focused-passage"), "“" + passage.getValue() + "”"));
        }
        screenshot("reader-overlaps-light.png");
        browser.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        screenshot("reader-overlaps-dark.png");
    }

    @Test
    void undo_and_redo_take_back_and_put_back_a_coding_from_the_keyboard() {
        reader.open(port, seed.messageId());
        reader.selectWithMouse("a dialogue without", "perfect view of a");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".coding-popup .position-list")));
        reader.press("2");
        wait.until(driver -> reader.paintedPassages() == 1);

        reader.undo();
        wait.until(driver -> reader.paintedPassages() == 0);
        assertThat(coding.highlights(seed.messageId()))
                .as("stored after Ctrl+Z")
                .isEmpty();

        reader.redo();
        wait.until(driver -> reader.paintedPassages() == 1);
        assertThat(coding.highlights(seed.messageId()))
                .as("stored after Ctrl+Shift+Z")
                .extracting(Highlight::position)
                .containsExactly("Direct liaison");
    }

    @Test
    void editing_moves_a_passage_to_a_new_selection_and_delete_removes_it() {
        Highlight coded = code(JOANA, seed.governments().getId(), StanceQualifier.SUPPORTS);
        reader.open(port, seed.messageId());
        reader.click(browser.findElement(ReaderPage.textMarkContaining("without governments")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".focused-passage"), "In focus"));
        reader.press("e");
        WebElement editor = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".annotation-editor .editor-passage")));
        assertThat(editor.getText()).as("passage in the editor").contains("without governments");

        reader.selectWithMouse("dialogue without", "without governments");
        WebElement use = browser.findElement(By.cssSelector(".annotation-editor .use-selection"));
        wait.until(driver -> use.getDomAttribute("disabled") == null);
        reader.click(use);
        reader.click(
                browser.findElement(By.xpath("//*[contains(@class, 'annotation-editor')]//vaadin-button[.='Save']")));

        wait.until(driver -> coding.highlights(seed.messageId()).stream()
                .anyMatch(h -> h.end() - h.start() == "dialogue without governments".length()));
        wait.until(driver -> browser.findElement(ReaderPage.markOf(String.valueOf(coded.id())))
                .getText()
                .equals("dialogue without governments"));

        reader.press(Keys.DELETE);
        wait.until(driver -> reader.paintedPassages() == 0);
        assertThat(coding.highlights(seed.messageId())).as("after Delete").isEmpty();
    }

    @Test
    void a_message_holding_script_markup_shows_the_characters_and_runs_nothing() {
        var project = projects.create("injection-" + UUID.randomUUID());
        String page = """
                [bestbits] Proposal <script>window.caucusRan = 'subject'</script>

                mallory mallory at example.org
                Wed Nov 13 01:51:13 EST 2013

                Here is my proposal <script>window.caucusRan = 'script'</script>
                and a picture <img src=x onerror="window.caucusRan = 'onerror'">
                and a link <a href="javascript:window.caucusRan = 'link'">click me</a>
                """;
        long messageId = importer.importMessageText(project, "injection.txt", page.getBytes(StandardCharsets.UTF_8))
                .messageId();
        var issue = codebook.addIssue(project, "Safety", null);
        Position position = codebook.addPosition(
                issue, "<b onmouseover=\"window.caucusRan='position'\">bold</b>", null, "#1f77b4", '1');
        String body = corpus.read(messageId).orElseThrow().body();
        String picture = "<img src=x onerror=\"window.caucusRan = 'onerror'\">";
        int at = body.indexOf(picture);
        coding.code(new CodingRequest(
                messageId,
                new PassageRange(at, at + picture.length(), picture),
                position.getId(),
                StanceQualifier.SUPPORTS,
                "<script>window.caucusRan = 'memo'</script>"));

        reader.open(port, messageId);
        wait.until(driver -> reader.paintedPassages() == 1);
        reader.click(browser.findElement(By.xpath("//passage-reader//span[contains(., 'click me')]")));

        assertThat(browser.findElement(By.cssSelector("passage-reader")).getText())
                .as("text shown")
                .contains("<script>window.caucusRan = 'script'</script>", "onerror=", "href=\"javascript:");
        assertThat(browser.findElement(By.cssSelector(".message-subject")).getText())
                .as("subject shown")
                .contains("<script>");
        assertThat(browser.executeScript("""
                        return document.querySelectorAll(
                          'passage-reader script, passage-reader img, passage-reader a[href^="javascript"], .message-header script, b[onmouseover]'
                        ).length"""))
                .as("elements made from the message text")
                .isEqualTo(0L);
        assertThat(browser.findElement(ReaderPage.textMarkContaining("onerror")).getDomAttribute("title"))
                .as("hover text, as text")
                .contains("<b onmouseover", "Memo: <script>");
        assertThat(browser.executeScript("return window.caucusRan === undefined ? 'nothing ran' : window.caucusRan"))
                .as("script run by the page")
                .isEqualTo("nothing ran");
    }

    private Highlight code(String phrase, long positionId, StanceQualifier qualifier) {
        return coding.code(new CodingRequest(seed.messageId(), seed.range(phrase), positionId, qualifier, null));
    }

    @SuppressWarnings("unchecked")
    private List<String> visibleOptions() {
        return (List<String>) browser.executeScript("""
                return [...document.querySelectorAll('.coding-popup .position-option')]
                  .filter(option => !option.hidden)
                  .map(option => option.textContent.trim());""");
    }
}
