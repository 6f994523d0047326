package org.caucus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.caucus.SharedCorpora;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An analyst uploads a real pipermail month on the Import page in headless Chromium. The import runs on a pool
 * thread of its own, which must still know who started it: the project check refused every upload when it did not.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:caucus-e2e-import;DB_CLOSE_DELAY=-1"})
class ImportBrowserIT extends BrowserTest {

    @Test
    void an_uploaded_month_is_imported_in_the_background_and_reported() throws Exception {
        Path month = SharedCorpora.folder().resolve("twisted-python/2013-November.txt.gz");

        browser.get(pageAt("/import"));
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-upload")));
        upload.getShadowRoot()
                .findElement(By.cssSelector("input[type=file]"))
                .sendKeys(month.toAbsolutePath().toString());
        WebElement report = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".import-job .import-ok, .import-job .import-refused")));
        screenshot("import.png");

        assertThat(report.getAttribute("class")).as("report of the upload").contains("import-ok");
        assertThat(report.getText())
                .as("report of the upload")
                .startsWith("Read ")
                .contains("failed 0")
                .doesNotContain("imported 0,");
    }
}
