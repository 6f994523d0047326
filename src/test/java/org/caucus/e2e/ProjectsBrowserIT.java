package org.caucus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An owner opens a second project, renames it and deletes it in a real headless Chromium. The Projects page is
 * loaded by its address each time: its dialogs must come with it in the production bundle, not only with pages
 * visited before. Two tabs each keep the project opened in them.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:caucus-e2e-projects;DB_CLOSE_DELAY=-1"})
class ProjectsBrowserIT extends BrowserTest {

    @Autowired
    ProjectService projects;

    @Test
    void an_owner_opens_renames_and_deletes_a_project_and_the_header_follows() throws Exception {
        String study = "Browser study " + UUID.randomUUID().toString().substring(0, 6);
        long id = projects.create(study).getId();

        browser.get(pageAt("/projects"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("open-" + id))).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("a.project-name"), study));

        browser.get(pageAt("/projects"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("rename-" + id)))
                .click();
        WebElement newName =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#rename-project-name input")));
        newName.clear();
        newName.sendKeys(study + " (2013)");
        browser.findElement(By.id("rename-project")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("a.project-name"), study + " (2013)"));
        screenshot("projects-renamed.png");

        browser.get(pageAt("/projects"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("delete-" + id)))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#delete-project-name input")))
                .sendKeys(study + " (2013)");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("delete-project")))
                .click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("delete-" + id)));

        assertThat(browser.findElement(By.cssSelector("a.project-name")).getText())
                .as("the header once the open project is deleted")
                .isEqualTo(projects.findDefault().orElseThrow().getName());
        assertThat(projects.find(id)).as("the deleted project").isEmpty();
    }

    @Test
    void each_tab_keeps_the_project_opened_in_it_and_a_new_tab_starts_from_the_last_opened() throws Exception {
        String first = "First study " + UUID.randomUUID().toString().substring(0, 6);
        String second = "Second study " + UUID.randomUUID().toString().substring(0, 6);
        long firstId = projects.create(first).getId();
        long secondId = projects.create(second).getId();
        browser.get(pageAt("/projects"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("open-" + firstId)))
                .click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("a.project-name"), first));
        String firstTab = browser.getWindowHandle();

        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(pageAt("/participants"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("a.project-name"), first));
        browser.get(pageAt("/projects"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("open-" + secondId)))
                .click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("a.project-name"), second));

        browser.switchTo().window(firstTab);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-side-nav-item[path='participants']")))
                .click();
        wait.until(ExpectedConditions.urlContains("/participants"));
        screenshot("projects-first-tab.png");

        assertThat(browser.findElement(By.cssSelector("a.project-name")).getText())
                .as("the first tab's project after the second tab opened another")
                .isEqualTo(first);
    }
}
