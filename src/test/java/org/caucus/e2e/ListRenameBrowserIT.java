package org.caucus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.caucus.corpus.ArchiveImportService;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.ImportProgress;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An analyst renames the list shown on the Messages page, in a real headless Chromium. The page is loaded by its
 * address, so its dialog must come with it in the production bundle.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:caucus-e2e-lists;DB_CLOSE_DELAY=-1"})
class ListRenameBrowserIT extends BrowserTest {

    @Autowired
    ArchiveImportService importer;

    @Autowired
    CorpusService corpus;

    @Autowired
    ProjectService projects;

    @Test
    void the_list_shown_is_renamed_in_its_dialog() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Project demo = projects.findDefault().orElseThrow();
        String archive = """
                From anja at example.org  Fri Nov  1 09:00:00 2013
                From: anja at example.org (Anja Kovacs)
                Subject: [old-%1$s] 1net
                Message-ID: <%1$s@example.org>

                Directly.

                """.formatted(run);
        importer.importStream(
                demo,
                "list.txt",
                new ByteArrayInputStream(archive.getBytes(StandardCharsets.UTF_8)),
                ImportProgress.NONE);

        browser.get(pageAt("/messages?list=old-" + run));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.rename-list")))
                .click();
        WebElement newName =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#new-list-name input")));
        newName.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Bestbits " + run, Keys.TAB);
        browser.findElement(By.id("rename-list-confirm")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("rename-list-confirm")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("vaadin-grid.message-list"), "Bestbits " + run));
        screenshot("list-renamed.png");

        assertThat(corpus.listNames(demo))
                .as("the project's lists")
                .contains("Bestbits " + run)
                .doesNotContain("old-" + run);
    }
}
