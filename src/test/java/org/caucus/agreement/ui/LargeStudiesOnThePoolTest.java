package org.caucus.agreement.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caucus.HeldPool;
import org.caucus.ViewTest;
import org.caucus.agreement.AgreementWorkbook;
import org.caucus.coding.PassageRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * A study larger than the Agreement and Disagreements pages work out while the analyst waits goes to the pool, and its
 * answer comes when it is done: here the Demo's one coded message and seven units, with the pages told to measure at
 * most one unit and to compare no message at once.
 */
@Transactional
@Import(HeldPool.class)
@TestPropertySource(
        properties = {"caucus.agreement.units-measured-at-once=1", "caucus.disagreements.messages-compared-at-once=0"})
class LargeStudiesOnThePoolTest extends ViewTest {

    @Autowired
    SecondCoder secondCoder;

    @Autowired
    PassageRecords passages;

    @Autowired
    HeldPool.Tasks pool;

    @Test
    void an_agreement_study_too_large_to_measure_at_once_says_so_and_shows_its_figures_when_the_pool_is_done() {
        AgreementView sut = openWithBothCoders();

        assertThat(sut.summary.getText())
                .as("summary while the pool measures")
                .isEqualTo("Measuring 1 message by 7 positions (7 units) takes a while; the figures appear here when"
                        + " they are ready. Fewer messages, such as the lists, threads or days the coders both coded,"
                        + " are measured at once.");
        assertThat(sut.overall.getParent().orElseThrow().isVisible())
                .as("tables shown")
                .isFalse();

        pool.runAll();
        MockVaadin.clientRoundtrip(false);

        assertThat(sut.summary.getText())
                .as("summary when measured")
                .startsWith(
                        "1 message (every message of the project, coded by at least one of demo, second), 7 units.");
        assertThat(List.copyOf(_getFormattedRow(sut.overall, 0)))
                .as("percent agreement")
                .containsExactly("Percent agreement", "0.857");
    }

    @Test
    void the_excel_download_waits_for_the_figures_and_then_writes_those_shown() throws IOException {
        AgreementView sut = openWithBothCoders();

        assertThat(sut.excel.isEnabled()).as("Excel enabled while measuring").isFalse();
        assertThatThrownBy(sut::shownWorkbook)
                .as("a download asked for while measuring")
                .hasMessage("The agreement is not measured yet; download it once its figures show.");

        pool.runAll();
        MockVaadin.clientRoundtrip(false);

        assertThat(sut.excel.isEnabled()).as("Excel enabled with the figures").isTrue();
        try (XSSFWorkbook workbook = new XSSFWorkbook(sut.shownWorkbook().getInputStream())) {
            Sheet sheet = workbook.getSheet(AgreementWorkbook.SHEET);
            Row percent = StreamSupport.stream(sheet.spliterator(), false)
                    .filter(row -> "Percent agreement"
                            .equals(
                                    row.getCell(0) == null
                                            ? null
                                            : row.getCell(0).getStringCellValue()))
                    .findFirst()
                    .orElseThrow();
            assertThat(percent.getCell(4).getNumericCellValue())
                    .as("percent agreement in the workbook: six of seven units")
                    .isEqualTo(6.0 / 7);
        }
    }

    @Test
    void a_result_for_controls_changed_since_is_not_shown() {
        AgreementView sut = openWithBothCoders();

        sut.coders.setValue(Set.of("demo"));
        pool.runAll();
        MockVaadin.clientRoundtrip(false);

        assertThat(sut.summary.getText())
                .as("summary after the coders changed")
                .isEqualTo("Choose two or more coders to measure how far they agree.");
        assertThat(sut.overall.getParent().orElseThrow().isVisible())
                .as("tables shown")
                .isFalse();
    }

    @Test
    void the_disagreements_of_a_large_study_are_found_on_the_pool_and_listed_when_found() {
        secondCoder.recodesTheDemo();
        UI.getCurrent().navigate("disagreements");
        DisagreementView sut = _get(DisagreementView.class);

        assertThat(sut.summary.getText())
                .as("summary while the pool compares")
                .isEqualTo("Comparing the coders over 1 coded message takes a while; their differences appear here"
                        + " when they are found. Fewer messages, such as the lists, threads or days the coders both"
                        + " coded, are compared at once.");
        assertThat(sut.list.getChildren()).as("cards while the pool compares").isEmpty();

        pool.runAll();
        MockVaadin.clientRoundtrip(false);

        assertThat(sut.summary.getText()).as("summary when found").isEqualTo("1 disagreement in 1 message, 0 settled.");
        assertThat(sut.list.getChildren()).as("cards when found").hasSize(1);
    }

    /** The page, with the second coder's passages beside the Demo's and both coders chosen. */
    private AgreementView openWithBothCoders() {
        secondCoder.recodesTheDemo();
        UI.getCurrent().navigate("agreement");
        AgreementView page = _get(AgreementView.class);
        page.coders.setValue(Set.of("demo", "second"));
        return page;
    }
}
