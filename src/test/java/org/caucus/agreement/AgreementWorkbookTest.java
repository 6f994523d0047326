package org.caucus.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caucus.agreement.AgreementReport.Overall;
import org.caucus.agreement.AgreementReport.Pair;
import org.caucus.agreement.AgreementReport.PositionAgreement;
import org.junit.jupiter.api.Test;

class AgreementWorkbookTest {

    private static final AgreementReport REPORT = new AgreementReport(
            new AgreementRequest(
                    List.of("alice", "=bob"), LocalDate.of(2013, 11, 1), null, Set.of("bestbits"), Set.of()),
            3,
            6,
            new Overall(Coefficient.of(0.6667), Coefficient.of(0.52), Coefficient.of(0.56), Coefficient.of(0.9)),
            List.of(new Pair("alice", "=bob", Coefficient.of(0.6667), Coefficient.of(0.538))),
            List.of(new PositionAgreement(
                    "Who speaks?",
                    "Direct liaison",
                    Coefficient.of(1),
                    Coefficient.undefined("every coder gave every unit the same category"),
                    Coefficient.of(1))));

    @Test
    void the_agreement_sheet_says_what_was_measured_and_holds_one_figure_per_row() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AgreementWorkbook.write("Demo", REPORT, out);

        try (XSSFWorkbook sut = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = sut.getSheet(AgreementWorkbook.SHEET);
            assertThat(sheet).as("the Agreement sheet").isNotNull();
            assertThat(text(sheet.getRow(4), 1))
                    .as("messages chosen")
                    .isEqualTo("lists bestbits, from 2013-11-01 (days in UTC)");
            Row header = sheet.getRow(6);
            assertThat(text(header, 0) + "|" + text(header, 4)).as("header").isEqualTo("Measure|Value");
            assertThat(sheet.getLastRowNum() - 6)
                    .as("figures: 4 overall, 2 for the pair, 3 for the position")
                    .isEqualTo(9);
            Row cohen = sheet.getRow(12);
            assertThat(text(cohen, 0)).as("measure").isEqualTo("Cohen's kappa");
            assertThat(text(cohen, 1))
                    .as("a coder named like a formula stays text")
                    .isEqualTo("alice, =bob");
            assertThat(cohen.getCell(1).getCellType()).as("cell type").isEqualTo(CellType.STRING);
            assertThat(cohen.getCell(4).getNumericCellValue())
                    .as("value is a number")
                    .isEqualTo(0.538);
            Row undefined = sheet.getRow(14);
            assertThat(text(undefined, 0)).as("measure").isEqualTo("Krippendorff's alpha (nominal)");
            assertThat(undefined.getCell(4).getCellType()).as("no value").isEqualTo(CellType.BLANK);
            assertThat(text(undefined, 5)).as("why").isEqualTo("every coder gave every unit the same category");
        }
    }

    private static String text(Row row, int column) {
        return row.getCell(column).getStringCellValue();
    }
}
