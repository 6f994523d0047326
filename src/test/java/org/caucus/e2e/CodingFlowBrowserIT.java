package org.caucus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first-day flow in a real headless Chromium: open the seed message, select a passage of a
 * {@code >>} block with the mouse, code it, reload, see it counted in the matrix, export the workbook.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:caucus-e2e;DB_CLOSE_DELAY=-1",
            "caucus.exports-dir=target/e2e-exports"
        })
class CodingFlowBrowserIT extends BrowserTest {

    private static final String PASSAGE_START = "governments are not part of the list";
    private static final String PASSAGE_END = "involved in the dialogue/1net";
    private static final String POSITION = "Governments should take part in the dialogue";
    private static final Path EXPORTS = Path.of("target/e2e-exports");

    @LocalServerPort
    int port;

    ReaderPage reader;

    @BeforeEach
    void openReaderPage() {
        reader = new ReaderPage(browser, wait);
    }

    @Test
    void analyst_codes_a_quoted_passage_sees_it_counted_and_downloads_the_workbook() throws Exception {
        browser.get("http://localhost:" + port + "/");
        reader.click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[contains(., 'very quick follow up')]"))));

        // The message reads like the archive page, with quotes indented by depth.
        WebElement subject =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message-subject")));
        assertThat(subject.getText()).as("subject").contains("[bestbits] [very quick follow up]");
        assertThat(browser.findElement(By.cssSelector(".message-poster")).getText())
                .as("poster")
                .isEqualTo("parminder");
        assertThat(indent("1")).as("depth-1 indent").isGreaterThan(indent("0"));
        assertThat(indent("2")).as("depth-2 indent").isGreaterThan(indent("1"));

        reader.selectWithMouse(PASSAGE_START, PASSAGE_END);
        WebElement selected = browser.findElement(By.cssSelector(".selected-passage"));
        wait.until(ExpectedConditions.textToBePresentInElement(selected, PASSAGE_START));
        assertThat(selected.getText()).as("selection shown in the panel").contains(PASSAGE_END);

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".coding-popup .position-list")));
        WebElement popup = browser.findElement(By.cssSelector(".coding-popup"));
        reader.click(popup.findElement(By.xpath(".//vaadin-radio-button[contains(., 'neutral')]")));
        reader.click(popup.findElement(By.xpath(".//vaadin-button[contains(., '" + POSITION + "')]")));

        WebElement mark = wait.until(ExpectedConditions.presenceOfElementLocated(markContaining(PASSAGE_START)));
        assertThat(mark.getCssValue("background-color")).as("highlight colour").isNotEqualTo("rgba(0, 0, 0, 0)");
        screenshot("reader-coded.png");

        browser.navigate().refresh();
        WebElement markAfterReload =
                wait.until(ExpectedConditions.presenceOfElementLocated(markContaining(PASSAGE_START)));
        assertThat(markAfterReload.getAttribute("title"))
                .as("highlight after reload")
                .contains("Joana Varon", POSITION);

        browser.get("http://localhost:" + port + "/compare");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".matrix-count.neutral")));
        // The one neutral passage shows in its cell, its row's total, its column's total and the grand total.
        assertThat(browser.findElements(By.cssSelector(".matrix-count.neutral")))
                .as("neutral counts in the matrix")
                .extracting(WebElement::getText)
                .containsExactly("·1", "·1", "·1", "·1");
        assertThat(browser.findElement(By.xpath("//p[contains(., 'statements in')]"))
                        .getText())
                .as("matrix summary")
                .startsWith("8 statements");
        assertThat(browser.executeScript("return !!customElements.get('vaadin-select')"
                        + " && !!customElements.get('vaadin-multi-select-combo-box')"))
                .as("the comparison filters' components are in the production bundle of a page loaded afresh")
                .isEqualTo(true);
        screenshot("comparison.png");

        reader.click(browser.findElement(By.id("export-workbook")));
        reader.click(wait.until(ExpectedConditions.elementToBeClickable(By.id("export-run"))));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("export-run")));
        screenshot("exports.png");
        reader.click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.download-export"))));
        Path downloaded = awaitDownload(".xlsx");
        Path written = latestExport();
        assertThat(Files.readAllBytes(downloaded))
                .as("downloaded workbook equals the one under exports/")
                .isEqualTo(Files.readAllBytes(written));
        assertThat(codedPassageRows(downloaded))
                .as("the new passage in the workbook")
                .anySatisfy(row -> assertThat(row)
                        .containsEntry("speaker", "Joana Varon")
                        .containsEntry("qualifier", "neutral")
                        .containsEntry("coder", "e2e"));
    }

    private int indent(String depth) {
        WebElement block = browser.findElement(By.cssSelector("passage-reader .block[data-depth='" + depth + "']"));
        return block.getLocation().getX();
    }

    private static By markContaining(String text) {
        return ReaderPage.textMarkContaining(text);
    }

    /** Exports are kept in a folder per project. */
    private static Path latestExport() throws java.io.IOException {
        try (Stream<Path> files = Files.walk(EXPORTS)) {
            return files.filter(f -> f.toString().endsWith(".xlsx"))
                    .max(java.util.Comparator.comparing(f -> f.toFile().lastModified()))
                    .orElseThrow();
        }
    }

    private static List<Map<String, String>> codedPassageRows(Path workbookFile) throws Exception {
        try (InputStream in = Files.newInputStream(workbookFile);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Coded passages");
            List<String> headers = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            return java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum())
                    .mapToObj(sheet::getRow)
                    .map(row -> Map.of(
                            "speaker", text(row, headers.indexOf("Speaker")),
                            "qualifier", text(row, headers.indexOf("Qualifier")),
                            "coder", text(row, headers.indexOf("Coder"))))
                    .toList();
        }
    }

    private static String text(Row row, int column) {
        return row.getCell(column).getStringCellValue();
    }
}
