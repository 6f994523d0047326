package org.caucus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caucus.IntegrationTest;
import org.caucus.QuotingThreadProject;
import org.caucus.analysis.ComparisonScope;
import org.caucus.analysis.Counting;
import org.caucus.analysis.PositionMatrix;
import org.caucus.analysis.PositionMatrixService;
import org.caucus.analysis.Rollup;
import org.caucus.analysis.StanceCount;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.Issue;
import org.caucus.codebook.PositionChoice;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.PassageRange;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.CorpusService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The workbook counts its matrices and the Codebook's usage in its own pass over the passages; they
 * must be what the comparison page shows for the same scope, in every counting mode. The thread has
 * a statement quoted twice, once coded as its first occurrence was and once with another qualifier
 * and another position, so that statement counting must tell one statement from its quotes.
 */
@IntegrationTest
@Import(QuotingThreadProject.class)
class WorkbookCountsTest {

    private static final List<Rollup> ROLLUPS =
            List.of(Rollup.PARTICIPANT, Rollup.ORGANISATION, Rollup.STAKEHOLDER_GROUP);

    @Autowired
    ExportService sut;

    @Autowired
    PositionMatrixService matrices;

    @Autowired
    QuotingThreadProject quotingThread;

    @Autowired
    CodebookService codebook;

    @Autowired
    CodingService coding;

    @Autowired
    CorpusService corpus;

    @Autowired
    JdbcTemplate jdbc;

    QuotingThreadProject.Fixture thread;
    long timing;

    @BeforeEach
    void codedThread() {
        thread = quotingThread.create();
        Issue issue = codebook.addIssue(thread.project(), "When to ask", null);
        timing = codebook.addPosition(issue, "Ask this week", null, "#ff7f0e", '2')
                .getId();
        long liaison = thread.liaison();
        code(0, "We should ask the Brazilian government", liaison, StanceQualifier.SUPPORTS);
        code(0, "Nobody else can speak for us", liaison, StanceQualifier.SUPPORTS);
        code(0, "direct channel to civil", timing, StanceQualifier.NEUTRAL);
        // parminder quotes "Nobody else can speak for us": once as first coded, once opposing, once on another
        // position.
        code(1, "Nobody else can speak for us", liaison, StanceQualifier.SUPPORTS);
        code(1, "Nobody else can speak for us", liaison, StanceQualifier.OPPOSES);
        code(1, "Nobody else can speak for us", timing, StanceQualifier.SUPPORTS);
        code(1, "Agreed, and we should ask this week.", timing, StanceQualifier.SUPPORTS);
        code(1, "we should ask this week", liaison, StanceQualifier.SUPPORTS);
        // Jeremy quotes Anriette's first sentence.
        code(2, "We should ask the Brazilian government", liaison, StanceQualifier.SUPPORTS);
        code(2, "I agree with the channel", liaison, StanceQualifier.SUPPORTS);
        code(2, "not with the deadline", timing, StanceQualifier.OPPOSES);
        jdbc.update(
                "update participant set organisation = 'APC', stakeholder_group = 'CIVIL_SOCIETY', country = 'ZA'"
                        + " where project_id = ? and display_name like 'Anriette%'",
                thread.project().getId());
        jdbc.update(
                "update participant set organisation = 'IT for Change', stakeholder_group = 'CIVIL_SOCIETY'"
                        + " where project_id = ? and display_name = 'parminder'",
                thread.project().getId());
    }

    @Test
    void matrices_and_codebook_usage_equal_the_comparison_pages_in_every_counting_mode() throws Exception {
        ComparisonScope filtered = new ComparisonScope(
                null,
                null,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(StanceQualifier.SUPPORTS, StanceQualifier.OPPOSES),
                Counting.STATEMENTS);
        for (ComparisonScope scope : List.of(ComparisonScope.everything(), filtered)) {
            for (Counting counting : Counting.values()) {
                ComparisonScope counted = scope.counting(counting);
                String what = counting + (scope == filtered ? ", supports and opposes only" : ", everything");
                try (XSSFWorkbook workbook = open(export(counted))) {
                    for (Rollup rollup : ROLLUPS) {
                        PositionMatrix page = matrices.matrix(thread.project(), counted, rollup);
                        assertThat(page.rows())
                                .as("the page's matrix by %s, %s", rollup, what)
                                .isNotEmpty();
                        assertThat(matrixSheet(workbook.getSheet(PositionMatrixSheet.name(rollup)), page.positions()))
                                .as("workbook's matrix by %s, %s", rollup, what)
                                .isEqualTo(pageRows(page));
                    }
                    assertThat(codebookUsage(workbook.getSheet(CodebookSheet.NAME)))
                            .as("codebook usage, %s", what)
                            .isEqualTo(pageUsage(counted));
                }
            }
        }
    }

    @Test
    void the_thread_has_a_statement_quoted_with_another_qualifier_and_position() {
        Long diverging = jdbc.queryForObject(
                "select count(*) from (select a.statement_key from annotation a join message m on m.id = a.message_id"
                        + " where m.project_id = ? group by a.statement_key"
                        + " having count(distinct a.qualifier) > 1 and count(distinct a.position_id) > 1) diverging",
                Long.class,
                thread.project().getId());
        assertThat(diverging)
                .as("statements whose quotes are coded with another qualifier and position")
                .isPositive();
    }

    private void code(int message, String phrase, long position, StanceQualifier qualifier) {
        long messageId = thread.messages().get(message).id();
        String body = corpus.read(messageId).orElseThrow().body();
        int start = body.indexOf(phrase);
        assertThat(start).as("'%s' in message %d", phrase, message).isNotNegative();
        coding.code(new CodingRequest(
                messageId, new PassageRange(start, start + phrase.length(), phrase), position, qualifier, null));
    }

    private Path export(ComparisonScope scope) {
        return sut.export(
                thread.project(), new ExportRequest(scope, EnumSet.allOf(WorkbookSheet.class), 20, ExportFormat.XLSX));
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Each row as label, then supports and opposes of every position. */
    private static List<List<Object>> matrixSheet(Sheet sheet, List<PositionChoice> positions) {
        List<List<Object>> rows = new ArrayList<>();
        for (int r = PositionMatrixSheet.HEADER_ROWS; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String label = row.getCell(0).getStringCellValue();
            if (label.equals("Total")) {
                break;
            }
            List<Object> values = new ArrayList<>(List.of(label));
            for (int p = 0; p < positions.size(); p++) {
                values.add((long) row.getCell(1 + p * 3).getNumericCellValue());
                values.add((long) row.getCell(2 + p * 3).getNumericCellValue());
            }
            rows.add(values);
        }
        return rows;
    }

    private static List<List<Object>> pageRows(PositionMatrix page) {
        return page.rows().stream()
                .map(row -> {
                    List<Object> values = new ArrayList<>(List.of(row.label()));
                    for (PositionChoice position : page.positions()) {
                        values.add(row.count(position.id()).supports());
                        values.add(row.count(position.id()).opposes());
                    }
                    return values;
                })
                .toList();
    }

    /** Each position as name, supports, opposes and neutral. */
    private static List<List<Object>> codebookUsage(Sheet sheet) {
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            rows.add(List.of(
                    row.getCell(2).getStringCellValue(),
                    (long) row.getCell(6).getNumericCellValue(),
                    (long) row.getCell(7).getNumericCellValue(),
                    (long) row.getCell(8).getNumericCellValue()));
        }
        return rows;
    }

    private List<List<Object>> pageUsage(ComparisonScope scope) {
        var totals = matrices.positionTotals(thread.project(), scope);
        return codebook.positions(thread.project().getId()).stream()
                .map(position -> {
                    StanceCount count = totals.getOrDefault(position.id(), StanceCount.NONE);
                    return List.<Object>of(position.name(), count.supports(), count.opposes(), count.neutral());
                })
                .toList();
    }
}
