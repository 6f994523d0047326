package org.caucus.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.caucus.agreement.AgreementReport;
import org.caucus.agreement.AgreementReport.Pair;
import org.caucus.agreement.AgreementReport.PositionAgreement;
import org.caucus.agreement.AgreementRequest;
import org.caucus.agreement.AgreementService;
import org.caucus.agreement.AgreementWorkbook;
import org.caucus.agreement.Coefficient;
import org.caucus.agreement.MessageSetDescription;
import org.caucus.agreement.StudySize;
import org.caucus.analysis.ScopeChoicesService;
import org.caucus.project.BlindCoding;
import org.caucus.project.Project;
import org.caucus.project.ui.OpenProject;
import org.caucus.project.ui.PageWork;
import org.caucus.shared.Counted;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;

/**
 * How far coders agree: choose two or more coders and a set of messages, read the kappas and
 * alphas overall, by pair and by position, and download them as an Excel sheet.
 */
@PermitAll
@Route("agreement")
@PageTitle("Agreement · Caucus")
class AgreementView extends VerticalLayout {

    private static final String MIME_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final Paragraph summary = new Paragraph();
    final Grid<AgreementReport.Figure> overall = new Grid<>();
    final Grid<Pair> pairs = new Grid<>();
    final Grid<PositionAgreement> positions = new Grid<>();

    private final AgreementService agreement;
    private final PageWork work;
    private final long unitsMeasuredAtOnce;
    private final VerticalLayout tables = new VerticalLayout();
    private Project project;
    private MessageSetPicker messageSet;
    Anchor excel;
    // The figures on show: the Excel download writes these rather than measuring again, which on a large study took
    // a minute while the download waited.
    private volatile AgreementReport shown;
    MultiSelectComboBox<String> coders;

    AgreementView(
            AgreementService agreement,
            ScopeChoicesService choices,
            OpenProject openProject,
            @Qualifier("applicationTaskExecutor") Executor executor,
            @Value("${caucus.agreement.units-measured-at-once:250000}") long unitsMeasuredAtOnce) {
        this.agreement = agreement;
        this.work = new PageWork(executor, this);
        this.unitsMeasuredAtOnce = unitsMeasuredAtOnce;
        summary.addClassName("agreement-summary");
        add(
                new H2("Agreement"),
                new Paragraph("Each message and position is one unit; a coder's category for it is the qualifier"
                        + " they gave that position in that message, or \"not coded\". Only messages that a chosen"
                        + " coder coded, and positions one of them used there, make units. The unitizing alpha"
                        + " compares where the passages begin and end."));
        Optional<Project> found = openProject.project();
        if (found.isEmpty()) {
            summary.setText("There is no project yet.");
            add(summary);
            return;
        }
        project = found.get();
        if (BlindCoding.hidesOthers(project)) {
            // the coefficients and the coders' list would tell a coder about the others' work
            summary.setText("Blind coding is on: coders see only their own passages, so agreement is shown once"
                    + " the project's owner reveals the coding in Coding settings.");
            add(summary);
            return;
        }
        messageSet = new MessageSetPicker(
                choices, project, choices.coders(project), "to measure how far they agree", this::refresh);
        coders = messageSet.coders;
        excel = download();
        messageSet.add(excel);

        overall.addColumn(AgreementReport.Figure::measure).setHeader("Measure").setAutoWidth(true);
        value(overall, "All coders", figure -> figure.value());
        pairs.addColumn(pair -> pair.first() + " – " + pair.second())
                .setHeader("Coders")
                .setAutoWidth(true);
        value(pairs, AgreementReport.PERCENT, Pair::percent);
        value(pairs, AgreementReport.COHEN, Pair::cohensKappa);
        // Issue and position share what the figures leave; long names wrap instead of pushing them out.
        positions.addColumn(PositionAgreement::issue).setHeader("Issue").setFlexGrow(1);
        positions.addColumn(PositionAgreement::position).setHeader("Position").setFlexGrow(1);
        positions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        value(positions, AgreementReport.PERCENT, PositionAgreement::percent);
        value(positions, "Krippendorff's alpha", PositionAgreement::krippendorffAlpha);
        value(positions, "Unitizing alpha", PositionAgreement::unitizingAlpha);
        for (Grid<?> grid : List.of(overall, pairs, positions)) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.setAllRowsVisible(true);
        }
        overall.setMaxWidth("40rem");
        pairs.setMaxWidth("40rem");
        overall.setId("agreement-overall");
        pairs.setId("agreement-pairs");
        positions.setId("agreement-positions");
        tables.setPadding(false);
        tables.add(new H3("All coders"), overall, new H3("Pairs of coders"), pairs, new H3("By position"), positions);
        add(messageSet, summary, tables);

        refresh();
    }

    /**
     * Measures what the controls show. A study of more than {@code unitsMeasuredAtOnce} units is measured on the pool,
     * since it takes seconds to minutes and would hold the page meanwhile.
     */
    private void refresh() {
        work.forget();
        tables.setVisible(false);
        shown = null;
        excel.setEnabled(false);
        request().ifPresent(chosen -> {
            StudySize size = agreement.studySize(project, chosen);
            Optional<String> tooLarge = agreement.whyNotMeasurable(size.units());
            if (tooLarge.isPresent()) {
                summary.setText(tooLarge.get());
                return;
            }
            boolean atOnce = size.units() <= unitsMeasuredAtOnce;
            if (!atOnce) {
                summary.setText("Measuring " + Counted.of(size.messages(), "message") + " by "
                        + Counted.of(size.positions(), "position") + " (" + Counted.of(size.units(), "unit")
                        + ") takes a while; the figures appear here when they are ready. Fewer messages, such as the"
                        + " lists, threads or days the coders both coded, are measured at once.");
            }
            work.answer(
                    atOnce,
                    wanted -> agreement.report(project, chosen, wanted),
                    report -> show(chosen, report),
                    failure -> summary.setText("The agreement could not be measured: " + failure.getMessage()));
        });
    }

    private void show(AgreementRequest chosen, AgreementReport report) {
        summary.setText(Counted.of(report.messages(), "message") + " (" + MessageSetDescription.of(chosen)
                + ", coded by at least one of " + String.join(", ", chosen.coders()) + "), "
                + Counted.of(report.units(), "unit") + ".");
        overall.setItems(report.overallFigures());
        pairs.setItems(report.pairs());
        positions.setItems(report.positions());
        tables.setVisible(true);
        shown = report;
        excel.setEnabled(true);
    }

    /** The request the controls show, or none (and the reason in the summary) when they do not make one. */
    private Optional<AgreementRequest> request() {
        return messageSet.request(summary::setText);
    }

    /** The Excel download of the figures on show; it can be clicked once they are shown. */
    private Anchor download() {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> shownWorkbook()), "");
        anchor.add(new Button("Excel", VaadinIcon.DOWNLOAD.create()));
        anchor.setId("download-agreement");
        return anchor;
    }

    DownloadResponse shownWorkbook() throws IOException {
        AgreementReport report = shown;
        if (report == null) {
            throw new IllegalStateException("The agreement is not measured yet; download it once its figures show.");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AgreementWorkbook.write(project.getName(), report, bytes);
        return new DownloadResponse(
                new ByteArrayInputStream(bytes.toByteArray()), "agreement.xlsx", MIME_XLSX, bytes.size());
    }

    private static <T> void value(Grid<T> grid, String header, ValueProvider<T, Coefficient> coefficient) {
        grid.addColumn(row -> coefficient.apply(row).formatted())
                .setHeader(header)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTooltipGenerator(row -> coefficient.apply(row).undefinedBecause());
    }
}
