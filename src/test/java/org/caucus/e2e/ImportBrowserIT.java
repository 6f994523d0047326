package org.caucus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caucus.SharedCorpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An analyst uploads real pipermail months on the Import page in headless Chromium. The import runs on a pool
 * thread of its own, which must still know who started it: the project check refused every upload when it did not.
 * Its report comes below the page's three ways in, and must be brought into view.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:caucus-e2e-import;DB_CLOSE_DELAY=-1"})
class ImportBrowserIT extends BrowserTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void uploaded_months_are_imported_in_the_background_and_reported_in_view() throws Exception {
        // 2004-November has messages without the list's tag.
        String months = Stream.of(
                        "2004-November",
                        "2013-July",
                        "2013-August",
                        "2013-September",
                        "2013-October",
                        "2013-November",
                        "2013-December")
                .map(month -> SharedCorpora.folder()
                        .resolve("twisted-python/" + month + ".txt.gz")
                        .toAbsolutePath()
                        .toString())
                .collect(Collectors.joining("\n"));

        browser.get(pageAt("/import"));
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-upload")));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(months);
        WebElement report = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".import-job .import-ok, .import-job .import-refused")));
        screenshot("import.png");

        assertThat(report.getAttribute("class")).as("report of the upload").contains("import-ok");
        assertThat(report.getText())
                .as("report of the upload")
                .startsWith("Read ")
                .contains("failed 0")
                .doesNotContain("imported 0,");
        assertThat((Boolean) browser.executeScript(
                        "const box = arguments[0].getBoundingClientRect();"
                                + " return box.top >= 0 && box.bottom <= window.innerHeight;",
                        report))
                .as("the report lies within the window")
                .isTrue();
        assertThat(((Number) browser.executeScript("return arguments[0].files.length;", upload)).intValue())
                .as("files left listed in the upload once their import has started")
                .isZero();
        assertThat(jdbc.queryForList(
                        "select distinct list_name from message where subject like 'Talk on Twisted in Washington%'",
                        String.class))
                .as("a message whose list's tag stands inside its subject, named by it, not after the folder the"
                        + " server kept the upload in")
                .containsExactly("Twisted-Python");
    }

    @Test
    void a_file_that_is_not_mail_is_refused_with_its_reason_readable() throws Exception {
        // Named as what it is: the upload takes any file, and what it holds decides.
        Path picture = downloads.resolve("picture.png");
        Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});

        browser.get(pageAt("/import"));
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-upload")));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(picture.toString());
        WebElement summary = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".import-job .import-refused")));
        WebElement reason = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., 'not a mail archive')]")));
        screenshot("import-refused.png");

        assertThat(summary.getText()).as("summary").contains("failed 1");
        assertThat(summary.getCssValue("color"))
                .as("the summary of a failure, in the error colour")
                .isNotEqualTo(
                        browser.findElement(By.cssSelector(".import-title")).getCssValue("color"));
        assertThat((Boolean)
                        browser.executeScript("return arguments[0].scrollWidth <= arguments[0].clientWidth;", reason))
                .as("the reason shown whole, not cut short: " + reason.getText())
                .isTrue();
    }

    /**
     * A message that could not be read is kept as it was: its bytes are a link in the report, and the import stays
     * listed under the earlier imports, where its report opens again.
     */
    @Test
    void a_failed_message_s_bytes_download_from_the_report_and_the_import_is_listed_below(@TempDir Path folder)
            throws Exception {
        String emptyFirst = "From ann@one.example Wed Nov 13 01:51:13 2013\n\n";
        Path archive = folder.resolve("broken-first.mbox");
        Files.writeString(
                archive,
                emptyFirst
                        + "From bea@two.example Wed Nov 13 02:00:00 2013\nFrom: Bea <bea@two.example>\n"
                        + "Subject: Agenda\nMessage-ID: <agenda-" + System.nanoTime() + "@two.example>\n\n"
                        + "The agenda.\n");

        browser.get(pageAt("/import"));
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-upload")));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(archive.toString());
        WebElement bytes = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector(".import-job a.import-failed-bytes")));
        WebElement latest = wait.until(
                ExpectedConditions.visibilityOfElementLocated(
                        By.xpath(
                                "//vaadin-grid[contains(@class, 'earlier-imports-grid')]//vaadin-grid-cell-content[.='broken-first.mbox']")));
        screenshot("import-failed-bytes.png");
        bytes.click();

        assertThat(Files.readString(awaitDownload(".eml")))
                .as("the failed message's bytes")
                .isEqualTo(emptyFirst);
        assertThat(latest.getText()).as("the upload among the earlier imports").isEqualTo("broken-first.mbox");
    }

    /**
     * An archive imported by mistake is taken back from its report, after the dialog asks; the upload's own report
     * above no longer links to its message.
     */
    @Test
    void an_import_is_removed_from_its_report_and_stays_listed_as_removed(@TempDir Path folder) throws Exception {
        Path archive = folder.resolve("wrong-list.mbox");
        // With an empty body, which the report warns of and links to.
        Files.writeString(
                archive,
                "From cy@three.example Wed Nov 13 03:00:00 2013\nFrom: Cy <cy@three.example>\nSubject: Jam\n"
                        + "Message-ID: <jam-" + System.nanoTime() + "@three.example>\n\n\n");

        browser.get(pageAt("/import"));
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-upload")));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(archive.toString());
        By readIt = By.xpath("//*[contains(@class, 'import-job')]//a[.='Read it']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(readIt));
        String row = "//vaadin-grid[contains(@class, 'earlier-imports-grid')]//vaadin-grid-cell-content";
        clickInView(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(row + "[.='wrong-list.mbox']"))));
        clickInView(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.remove-import"))));
        WebElement confirm = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.remove-import-confirm")));
        screenshot("import-remove-dialog.png");
        confirm.click();
        WebElement told = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(., 'Removed the import of wrong-list.mbox')]")));
        WebElement outcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(row + "[.='removed']")));
        screenshot("import-removed.png");

        assertThat(told.getText())
                .as("what the notification says")
                .isEqualTo("Removed the import of wrong-list.mbox: 1 message, and 1 participant who posted nothing"
                        + " else.");
        assertThat(outcome.getText())
                .as("the import's outcome among the earlier imports")
                .isEqualTo("removed");
        assertThat(browser.findElement(By.cssSelector(".import-job .import-removed-note"))
                        .getText())
                .as("the upload's own report")
                .startsWith("Its messages were removed on ");
        assertThat(browser.findElements(readIt))
                .as("links from the upload's report to the removed message")
                .isEmpty();
    }

    /** The earlier imports lie below the page's fold, under the upload's report. */
    private void clickInView(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
