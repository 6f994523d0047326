package org.caucus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caucus.IntegrationTest;
import org.caucus.SeedProject;
import org.caucus.analysis.ComparisonScope;
import org.caucus.analysis.Counting;
import org.caucus.analysis.PositionMatrix;
import org.caucus.analysis.PositionMatrixService;
import org.caucus.analysis.Rollup;
import org.caucus.analysis.StanceCount;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.StanceQualifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@IntegrationTest
@Import({SeedProject.class, CodedSeed.class})
class ExportServiceTest {

    private static final Set<WorkbookSheet> ALL_SHEETS = EnumSet.allOf(WorkbookSheet.class);

    @Autowired
    ExportService sut;

    @Autowired
    CodedSeed codedSeed;

    @Autowired
    CodingService coding;

    @Autowired
    PositionMatrixService matrices;

    SeedProject.Fixture seed;

    @BeforeEach
    void codedProject() {
        seed = codedSeed.create();
    }

    @Test
    void every_sheet_has_its_headers_a_frozen_header_and_a_filter() throws Exception {
        try (XSSFWorkbook workbook = open(export(ComparisonScope.everything(), 20))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names)
                    .as("sheets in order")
                    .containsExactly(
                            "About",
                            "Coded passages",
                            "Position matrix",
                            "Position matrix by organisation",
                            "Position matrix by group",
                            "Matrix (0-1)",
                            "Timeline",
                            "Codebook",
                            "Participants",
                            "Messages");
            assertThat(texts(workbook.getSheet("Coded passages").getRow(0)))
                    .as("coded passages header")
                    .containsExactly(
                            "Annotation id",
                            "Date",
                            "List",
                            "Thread",
                            "Link",
                            "Poster",
                            "Speaker",
                            "Organisation",
                            "Stakeholder group",
                            "Country",
                            "Issue",
                            "Position",
                            "Qualifier",
                            "Passage",
                            "Context before",
                            "Context after",
                            "Origin message (when quoted)",
                            "Statement",
                            "Coder",
                            "Memo",
                            "Coded at (UTC)");
            assertThat(texts(workbook.getSheet("About").getRow(0)))
                    .as("about header")
                    .containsExactly("Setting", "Value");
            assertThat(texts(workbook.getSheet("Matrix (0-1)").getRow(0)))
                    .as("binary matrix header")
                    .containsExactly(
                            "Participant",
                            "Governments take part (supports)",
                            "Governments take part (opposes)",
                            "Direct liaison (supports)",
                            "Direct liaison (opposes)");
            assertThat(texts(workbook.getSheet("Timeline").getRow(0)))
                    .as("timeline header")
                    .containsExactly("Week starting", "Period", "Governments take part", "Direct liaison", "Total");
            assertThat(texts(workbook.getSheet("Codebook").getRow(0)))
                    .as("codebook header")
                    .containsExactly(
                            "Issue",
                            "Issue description",
                            "Position",
                            "Position description",
                            "Colour",
                            "Shortcut",
                            "Supports",
                            "Opposes",
                            "Neutral",
                            "Total");
            assertThat(texts(workbook.getSheet("Participants").getRow(0)))
                    .as("participants header")
                    .containsExactly(
                            "Participant",
                            "Addresses",
                            "Organisation",
                            "Stakeholder group",
                            "Country",
                            "Messages",
                            "Statements");
            assertThat(texts(workbook.getSheet("Messages").getRow(0)))
                    .as("messages header")
                    .containsExactly(
                            "Message id", "Date", "List", "Subject", "Thread", "Link", "Poster", "Coded passages");
            for (Sheet sheet : workbook) {
                XSSFSheet xssf = (XSSFSheet) sheet;
                assertThat(xssf.getPaneInformation())
                        .as(sheet.getSheetName() + " frozen")
                        .isNotNull();
                assertThat(xssf.getPaneInformation().isFreezePane())
                        .as(sheet.getSheetName() + " frozen")
                        .isTrue();
                assertThat(xssf.getCTWorksheet().isSetAutoFilter())
                        .as(sheet.getSheetName() + " filter")
                        .isTrue();
                assertThat(sheet.getColumnWidth(0))
                        .as(sheet.getSheetName() + " width")
                        .isGreaterThan(8 * 256);
            }
        }
    }

    @Test
    void coded_passages_are_typed_linked_and_carry_speaker_details_and_context() throws Exception {
        try (XSSFWorkbook workbook = open(export(ComparisonScope.everything(), 20))) {
            Sheet sheet = workbook.getSheet("Coded passages");
            assertThat(sheet.getLastRowNum()).as("one row per passage").isEqualTo(4);
            Row joana = rowWithText(sheet, 13, CodedSeed.JOANA);

            assertThat(joana.getCell(0).getCellType()).as("annotation id type").isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(joana.getCell(1)))
                    .as("date formatted")
                    .isTrue();
            assertThat(joana.getCell(1).getLocalDateTimeCellValue())
                    .as("the sender's wall-clock time")
                    .hasToString("2013-11-13T01:51:13");
            assertThat(joana.getCell(4).getCellType()).as("link is a formula").isEqualTo(CellType.FORMULA);
            assertThat(joana.getCell(4).getCellFormula())
                    .as("link")
                    .isEqualTo("HYPERLINK(\"http://localhost:8080/messages/" + seed.messageId() + "\",\"open\")");
            assertThat(texts(joana).subList(5, 13))
                    .as("poster, speaker, organisation, group, country, issue, position, qualifier")
                    .containsExactly(
                            "parminder",
                            "Joana Varon",
                            "Coding Rights",
                            "Civil society",
                            "Brazil",
                            "What role should governments have?",
                            "Governments take part",
                            "supports");
            int start = seed.body().indexOf(CodedSeed.JOANA);
            assertThat(joana.getCell(14).getStringCellValue())
                    .as("20 characters before")
                    .isEqualTo(seed.body().substring(start - 20, start));
            assertThat(joana.getCell(15).getStringCellValue())
                    .as("20 characters after")
                    .isEqualTo(seed.body()
                            .substring(start + CodedSeed.JOANA.length(), start + CodedSeed.JOANA.length() + 20));
            assertThat(joana.getCell(18).getStringCellValue()).as("coder").isEqualTo("tester");
            assertThat(DateUtil.isCellDateFormatted(joana.getCell(20)))
                    .as("coded-at formatted")
                    .isTrue();
        }
    }

    @Test
    void text_that_looks_like_a_formula_is_written_as_quote_prefixed_text() throws Exception {
        try (XSSFWorkbook workbook = open(export(ComparisonScope.everything(), 0))) {
            Sheet sheet = workbook.getSheet("Coded passages");
            Cell memo = rowWithText(sheet, 13, CodedSeed.JOANA).getCell(19);
            Cell dash = rowWithText(sheet, 13, CodedSeed.JEREMY).getCell(19);

            assertThat(memo.getCellType()).as("memo cell type").isEqualTo(CellType.STRING);
            assertThat(memo.getStringCellValue()).as("memo kept as written").isEqualTo(CodedSeed.FORMULA_MEMO);
            assertThat(memo.getCellStyle().getQuotePrefixed())
                    .as("memo quote-prefixed")
                    .isTrue();
            assertThat(dash.getCellStyle().getQuotePrefixed())
                    .as("memo starting with -")
                    .isTrue();
            assertThat(rowWithText(sheet, 13, CodedSeed.JOANA)
                            .getCell(13)
                            .getCellStyle()
                            .getQuotePrefixed())
                    .as("ordinary passage")
                    .isFalse();
        }
    }

    @Test
    void position_matrix_counts_supports_opposes_and_net_with_totals_colour_and_merged_issues() throws Exception {
        try (XSSFWorkbook workbook = open(export(ComparisonScope.everything(), 0))) {
            XSSFSheet matrix = workbook.getSheet("Position matrix");

            assertThat(texts(matrix.getRow(1)).subList(0, 2))
                    .as("first position")
                    .containsExactly("Position", "Governments take part");
            assertThat(texts(matrix.getRow(2)).subList(0, 4))
                    .as("stance header")
                    .containsExactly("Participant", "supports", "opposes", "net");
            // Governments (supports, opposes, net), Direct liaison (...), Total (...), computed by hand.
            assertThat(numbers(matrix, 3)).as("Jeremy Malcolm").containsExactly(0L, 0L, 0L, 0L, 1L, -1L, 0L, 1L, -1L);
            assertThat(numbers(matrix, 4)).as("Joana Varon").containsExactly(1L, 0L, 1L, 0L, 0L, 0L, 1L, 0L, 1L);
            assertThat(numbers(matrix, 5)).as("parminder").containsExactly(0L, 1L, -1L, 1L, 0L, 1L, 1L, 1L, 0L);
            assertThat(matrix.getRow(6).getCell(0).getStringCellValue())
                    .as("totals row")
                    .isEqualTo("Total");
            assertThat(numbers(matrix, 6)).as("totals").containsExactly(1L, 1L, 0L, 1L, 1L, 0L, 2L, 2L, 0L);
            assertThat(texts(matrix.getRow(3)).getFirst())
                    .as("first participant")
                    .isEqualTo("Jeremy Malcolm");
            assertThat(matrix.getMergedRegions())
                    .as("issue merged over its two positions' six columns")
                    .anySatisfy(region -> assertThat(region.formatAsString()).isEqualTo("B1:G1"));
            assertThat(matrix.getSheetConditionalFormatting().getNumConditionalFormattings())
                    .as("colour scale")
                    .isEqualTo(1);
            assertThat(matrix.getSheetConditionalFormatting()
                            .getConditionalFormattingAt(0)
                            .getRule(0)
                            .getColorScaleFormatting())
                    .as("colour scale rule")
                    .isNotNull();

            XSSFSheet groups = workbook.getSheet("Position matrix by group");
            assertThat(texts(groups.getRow(3)).getFirst()).as("group").isEqualTo("Civil society");
            assertThat(numbers(groups, 3))
                    .as("civil society: Joana and parminder")
                    .containsExactly(1L, 1L, 0L, 1L, 0L, 1L, 2L, 1L, 1L);
            assertThat(texts(groups.getRow(4)).getFirst()).as("ungrouped last").isEqualTo("(no stakeholder group)");
            XSSFSheet organisations = workbook.getSheet("Position matrix by organisation");
            assertThat(List.of(
                            texts(organisations.getRow(3)).getFirst(),
                            texts(organisations.getRow(4)).getFirst(),
                            texts(organisations.getRow(5)).getFirst()))
                    .as("organisations")
                    .containsExactly("Coding Rights", "IT for Change", "(no organisation)");

            Sheet binary = workbook.getSheet("Matrix (0-1)");
            assertThat(numbers(binary, 2, 1, 4)).as("Joana 0/1").containsExactly(1L, 0L, 0L, 0L);
            assertThat(numbers(binary, 3, 1, 4)).as("parminder 0/1").containsExactly(0L, 1L, 1L, 0L);
        }
    }

    @Test
    void timeline_has_a_native_line_chart_over_its_table() throws Exception {
        try (XSSFWorkbook workbook = open(export(ComparisonScope.everything(), 0))) {
            XSSFSheet timeline = workbook.getSheet("Timeline");

            assertThat(timeline.getRow(1).getCell(1).getStringCellValue())
                    .as("period")
                    .isEqualTo("2013-W46");
            assertThat(numbers(timeline, 1, 2, 4)).as("week's counts").containsExactly(2L, 2L, 4L);
            List<XSSFChart> charts = timeline.getDrawingPatriarch().getCharts();
            assertThat(charts).as("charts").hasSize(1);
            assertThat(charts.getFirst().getChartSeries()).as("one line chart").hasSize(1);
            assertThat(charts.getFirst().getChartSeries().getFirst().getSeriesCount())
                    .as("one series per position")
                    .isEqualTo(2);
            assertThat(charts.getFirst().getCTChart().getPlotArea().getLineChartList())
                    .as("a line chart, not a picture")
                    .hasSize(1);
        }
    }

    @Test
    void codebook_and_participants_sheets_count_usage_and_statements() throws Exception {
        try (XSSFWorkbook workbook = open(export(ComparisonScope.everything(), 0))) {
            Sheet codebook = workbook.getSheet("Codebook");
            assertThat(texts(codebook.getRow(1)).subList(2, 3)).as("position").containsExactly("Governments take part");
            assertThat(numbers(codebook, 1, 6, 9)).as("governments usage").containsExactly(1L, 1L, 0L, 2L);
            var colour = (org.apache.poi.xssf.usermodel.XSSFColor)
                    codebook.getRow(1).getCell(4).getCellStyle().getFillForegroundColorColor();
            assertThat(colour.getARGBHex()).as("fill").isEqualToIgnoringCase("FFBCBD22");

            Sheet participants = workbook.getSheet("Participants");
            Row parminder = rowWithText(participants, 0, "parminder");
            assertThat(texts(parminder).subList(2, 5))
                    .as("organisation, group, country")
                    .containsExactly("IT for Change", "Civil society", "India");
            assertThat(parminder.getCell(5).getNumericCellValue())
                    .as("messages posted")
                    .isEqualTo(1.0);
            assertThat(parminder.getCell(6).getNumericCellValue())
                    .as("statements")
                    .isEqualTo(2.0);
        }
    }

    @Test
    void scope_filters_every_sheet_and_the_about_sheet_says_how() throws Exception {
        ComparisonScope supportsOnly = new ComparisonScope(
                null, null, Set.of(), Set.of(), Set.of(), Set.of(StanceQualifier.SUPPORTS), Counting.OCCURRENCES);
        Path file = export(supportsOnly, 0);

        assertThat(file.getFileName().toString())
                .as("file name says project, scope and time")
                .startsWith("caucus-test-")
                .contains("-supports-occurrences-2")
                .endsWith(".xlsx");
        try (XSSFWorkbook workbook = open(file)) {
            assertThat(workbook.getSheet("Coded passages").getLastRowNum())
                    .as("supporting passages")
                    .isEqualTo(2);
            Sheet matrix = workbook.getSheet("Position matrix");
            assertThat(texts(matrix.getRow(3)).getFirst())
                    .as("Jeremy Malcolm only opposes, so Joana Varon comes first")
                    .isEqualTo("Joana Varon");
            assertThat(numbers(matrix, 3)).as("Joana Varon").containsExactly(1L, 0L, 1L, 0L, 0L, 0L, 1L, 0L, 1L);
            assertThat(numbers(matrix, 4)).as("parminder").containsExactly(0L, 0L, 0L, 1L, 0L, 1L, 1L, 0L, 1L);
            Sheet about = workbook.getSheet("About");
            List<String> settings = new ArrayList<>();
            about.forEach(row -> settings.add(String.join("=", texts(row))));
            assertThat(settings)
                    .as("about")
                    .contains(
                            "Project=" + seed.project().getName(),
                            "Qualifiers=supports",
                            "Counting=" + Counting.OCCURRENCES.label(),
                            "Coded passages=2.0")
                    .anySatisfy(line -> assertThat(line).contains("--qualifier supports --counting occurrences"));
        }
        assertThat(sut.exports(seed.project().getId()))
                .as("listed")
                .extracting(ExportFile::path)
                .contains(file);
    }

    @Test
    void message_counting_counts_a_message_once_per_cell_as_the_comparison_page_does() throws Exception {
        coding.code(new CodingRequest(
                seed.messageId(),
                seed.range("please do let Brazil gov know this fact"),
                seed.liaison().getId(),
                StanceQualifier.SUPPORTS,
                null));
        ComparisonScope messages = ComparisonScope.everything().counting(Counting.MESSAGES);
        PositionMatrix page = matrices.matrix(seed.project(), messages, Rollup.PARTICIPANT);

        try (XSSFWorkbook workbook = open(export(messages, 0))) {
            Sheet matrix = workbook.getSheet("Position matrix");
            assertThat(texts(matrix.getRow(5)).getFirst()).as("third row").isEqualTo("parminder");
            assertThat(numbers(matrix, 5))
                    .as("parminder's two supporting passages of Liaison are in one message")
                    .containsExactly(0L, 1L, -1L, 1L, 0L, 1L, 1L, 1L, 0L);
            StanceCount onThePage = page.rows().get(2).count(seed.liaison().getId());
            assertThat(List.of(onThePage.supports(), onThePage.opposes()))
                    .as("the comparison page's Liaison cell for parminder")
                    .isEqualTo(numbers(matrix, 5).subList(3, 5));
            List<Double> parmindersCount = new ArrayList<>();
            workbook.getSheet("Participants").forEach(row -> {
                if (row.getCell(0).getStringCellValue().equals("parminder")) {
                    parmindersCount.add(row.getCell(6).getNumericCellValue());
                }
            });
            assertThat(parmindersCount)
                    .as("participants sheet: parminder's three passages lie in one message")
                    .containsExactly(1.0);
        }
    }

    @Test
    void csv_has_the_coded_passage_columns_in_utf8_with_the_formula_guard() throws Exception {
        Path file = sut.export(
                seed.project(), new ExportRequest(ComparisonScope.everything(), Set.of(), 5, ExportFormat.CSV));

        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
            assertThat(records).as("rows").hasSize(4);
            CSVRecord joana = records.stream()
                    .filter(record -> record.get("Passage").equals(CodedSeed.JOANA))
                    .findFirst()
                    .orElseThrow();
            assertThat(joana.get("Memo")).as("guarded memo").isEqualTo("'" + CodedSeed.FORMULA_MEMO);
            assertThat(joana.get("Date"))
                    .as("ISO date with the sender's offset")
                    .isEqualTo("2013-11-13T01:51:13-05:00");
            assertThat(joana.get("Speaker")).as("speaker").isEqualTo("Joana Varon");
            assertThat(joana.get("Context before")).as("context").hasSize(5);
            assertThat(joana.get("Link")).as("link").endsWith("/messages/" + seed.messageId());
        }
    }

    @Test
    void a_request_without_sheets_or_with_too_much_context_is_refused() {
        assertThatThrownBy(() -> new ExportRequest(ComparisonScope.everything(), Set.of(), 0, ExportFormat.XLSX))
                .as("no sheets")
                .hasMessageContaining("at least one sheet");
        assertThatThrownBy(
                        () -> new ExportRequest(ComparisonScope.everything(), ALL_SHEETS, 999_999, ExportFormat.XLSX))
                .as("context")
                .hasMessageContaining("999999");
    }

    private Path export(ComparisonScope scope, int context) {
        return sut.export(seed.project(), new ExportRequest(scope, ALL_SHEETS, context, ExportFormat.XLSX));
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Row rowWithText(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row of " + sheet.getSheetName() + " has '" + text + "' in column " + column);
    }

    private static List<String> texts(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell ->
                values.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString()));
        return values;
    }

    private static List<Long> numbers(Sheet sheet, int rowIndex) {
        return numbers(sheet, rowIndex, 1, 9);
    }

    private static List<Long> numbers(Sheet sheet, int rowIndex, int first, int last) {
        Row row = sheet.getRow(rowIndex);
        List<Long> values = new ArrayList<>();
        for (int column = first; column <= last; column++) {
            Cell cell = row.getCell(column);
            assertThat(cell.getCellType())
                    .as(sheet.getSheetName() + " row " + rowIndex + " column " + column + " is a number")
                    .isEqualTo(CellType.NUMERIC);
            values.add((long) cell.getNumericCellValue());
        }
        return values;
    }
}
