package org.caucus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.caucus.corpus.ArchiveImportService;
import org.caucus.corpus.ImportProgress;
import org.caucus.corpus.ParticipantRow;
import org.caucus.corpus.ParticipantService;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;

/**
 * An analyst finds merge suggestions by a name, chooses them and merges them at once, in a real headless Chromium.
 * The Participants page is loaded by its address, so its confirmation dialog must come with it in the production
 * bundle.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:caucus-e2e-participants;DB_CLOSE_DELAY=-1"})
class ParticipantsBrowserIT extends BrowserTest {

    @Autowired
    ArchiveImportService importer;

    @Autowired
    ParticipantService participants;

    @Autowired
    ProjectService projects;

    @Test
    void pairs_found_by_a_name_are_chosen_and_merged_at_once_after_a_confirmation() throws Exception {
        String name = "Nnenna " + UUID.randomUUID().toString().substring(0, 8);
        Project demo = projects.findDefault().orElseThrow();
        String archive = message(name, "nnenna at example.org", 1) + message(name, "nnenna at lists.example.net", 2);
        importer.importStream(
                demo,
                "namesakes.txt",
                new ByteArrayInputStream(archive.getBytes(StandardCharsets.UTF_8)),
                ImportProgress.NONE);

        browser.get(pageAt("/participants"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#merge-suggestion-filter input")))
                .sendKeys(name);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".merge-suggestions vaadin-grid"), "both are named"));
        browser.findElement(By.cssSelector(".merge-suggestions vaadin-grid vaadin-checkbox"))
                .click();
        wait.until(ExpectedConditions.textToBe(By.id("merge-chosen"), "Merge 1 chosen pair"));
        browser.findElement(By.id("merge-chosen")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-chosen")))
                .click();
        wait.until(driver -> participants(demo, name) == 1);
        screenshot("participants-merged-at-once.png");

        assertThat(participants.findParticipants(demo, name, Pageable.unpaged()))
                .as("participants of that name after the merge")
                .singleElement()
                .satisfies(kept -> assertThat(kept.addresses()).as("addresses").hasSize(2))
                .extracting(ParticipantRow::messages)
                .isEqualTo(2L);
    }

    private long participants(Project project, String name) {
        return participants.countParticipants(project, name);
    }

    private static String message(String name, String address, int day) {
        return """
                From %2$s  Fri Nov  %3$d 09:00:00 2013
                From: %2$s (%1$s)
                Date: Fri, %3$d Nov 2013 09:00:00 +0000
                Subject: [people] Hello from %1$s
                Message-ID: <namesake-%3$d-%4$s@example.org>

                A few words of my own.

                """.formatted(name, address, day, name.replace(' ', '-'));
    }
}
