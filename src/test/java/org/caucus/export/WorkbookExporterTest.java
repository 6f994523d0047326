package org.caucus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caucus.IntegrationTest;
import org.caucus.SeedProject;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.StanceQualifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@IntegrationTest
@Import(SeedProject.class)
class WorkbookExporterTest {

    @Autowired
    WorkbookExporter sut;

    @Autowired
    CodingService coding;

    @Autowired
    SeedProject seedProject;

    SeedProject.Fixture seed;

    @BeforeEach
    void codedProject() {
        seed = seedProject.create();
        coding.code(new CodingRequest(
                seed.messageId(),
                seed.range("a dialogue without governments is not my perfect view of a"),
                seed.governments().getId(),
                StanceQualifier.SUPPORTS,
                "=HYPERLINK(\"http://evil.example\",\"click\")"));
    }

    @Test
    void coded_passages_sheet_has_one_row_per_annotation_with_a_real_date() throws Exception {
        try (XSSFWorkbook workbook = open(sut.export(seed.project()))) {
            Sheet sheet = workbook.getSheet("Coded passages");

            assertThat(cells(sheet.getRow(0)))
                    .as("header")
                    .containsExactly(
                            "Date",
                            "Subject",
                            "Poster",
                            "Speaker",
                            "Issue",
                            "Position",
                            "Qualifier",
                            "Passage",
                            "Coder",
                            "Memo");
            assertThat(sheet.getLastRowNum()).as("last data row").isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getCellType()).as("date cell type").isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(0)))
                    .as("date is date-formatted")
                    .isTrue();
            assertThat(row.getCell(0).getLocalDateTimeCellValue())
                    .as("the sender's wall-clock time")
                    .hasToString("2013-11-13T01:51:13");
            assertThat(cells(row).subList(2, 9))
                    .as("poster, speaker, issue, position, qualifier, passage, coder")
                    .containsExactly(
                            "parminder",
                            "Joana Varon",
                            "What role should governments have?",
                            "Governments take part",
                            "supports",
                            "a dialogue without governments is not my perfect view of a",
                            "tester");
        }
    }

    @Test
    void a_value_that_looks_like_a_formula_is_written_as_text() throws Exception {
        try (XSSFWorkbook workbook = open(sut.export(seed.project()))) {
            var memo = workbook.getSheet("Coded passages").getRow(1).getCell(9);

            assertThat(memo.getCellType()).as("memo cell type").isEqualTo(CellType.STRING);
            assertThat(memo.getStringCellValue()).as("memo text").startsWith("=HYPERLINK");
            assertThat(memo.getCellStyle().getQuotePrefixed())
                    .as("memo is quote-prefixed")
                    .isTrue();
        }
    }

    @Test
    void sheets_have_frozen_headers_and_filters() throws Exception {
        try (XSSFWorkbook workbook = open(sut.export(seed.project()))) {
            XSSFSheet passages = workbook.getSheet("Coded passages");
            XSSFSheet matrix = workbook.getSheet("Position matrix");

            assertThat(passages.getPaneInformation().isFreezePane())
                    .as("passages header frozen")
                    .isTrue();
            assertThat(passages.getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo((short) 1);
            assertThat(passages.getCTWorksheet().isSetAutoFilter())
                    .as("passages filter")
                    .isTrue();
            assertThat(matrix.getPaneInformation().isFreezePane())
                    .as("matrix header frozen")
                    .isTrue();
            assertThat(matrix.getCTWorksheet().isSetAutoFilter())
                    .as("matrix filter")
                    .isTrue();
        }
    }

    @Test
    void position_matrix_sheet_counts_each_participant_by_qualifier() throws Exception {
        try (XSSFWorkbook workbook = open(sut.export(seed.project()))) {
            Sheet matrix = workbook.getSheet("Position matrix");

            assertThat(matrix.getRow(1).getCell(1).getStringCellValue())
                    .as("first position")
                    .isEqualTo("Governments take part");
            assertThat(cells(matrix.getRow(2)).subList(0, 4))
                    .as("qualifier header")
                    .containsExactly("Participant", "supports", "opposes", "neutral");
            Row joana = matrix.getRow(3);
            assertThat(joana.getCell(0).getStringCellValue()).as("participant").isEqualTo("Joana Varon");
            assertThat(joana.getCell(1).getNumericCellValue())
                    .as("supports governments")
                    .isEqualTo(1.0);
            assertThat(joana.getCell(2).getNumericCellValue())
                    .as("opposes governments")
                    .isZero();
        }
    }

    @Test
    void workbook_is_written_under_the_exports_folder_with_no_partial_file_left() throws Exception {
        Path workbook = sut.export(seed.project());

        assertThat(workbook).as("workbook").exists().hasExtension("xlsx");
        assertThat(workbook.getParent().toAbsolutePath())
                .isEqualTo(Path.of("target/test-exports").toAbsolutePath());
        try (var files = Files.list(workbook.getParent())) {
            assertThat(files.map(Path::toString)).as("leftovers").noneMatch(name -> name.endsWith(".part"));
        }
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static java.util.List<String> cells(Row row) {
        java.util.List<String> values = new java.util.ArrayList<>();
        row.forEach(cell ->
                values.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString()));
        return values;
    }
}
