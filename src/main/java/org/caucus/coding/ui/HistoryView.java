package org.caucus.coding.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.caucus.coding.PassageChange;
import org.caucus.coding.PassageHistory;
import org.caucus.project.ui.OpenProject;

/** The project's latest changes to coded passages: who created, changed or deleted what, and when. */
@PermitAll
@Route("history")
@PageTitle("History · Caucus")
class HistoryView extends VerticalLayout {

    /** A page a person reads; older entries stay in the database. */
    static final int SHOWN = 500;

    final HistoryGrid grid = new HistoryGrid(true);
    final Paragraph summary = new Paragraph();

    HistoryView(PassageHistory history, OpenProject openProject) {
        setSizeFull();
        summary.addClassName("history-summary");
        add(new H2("History"), summary, grid);
        openProject
                .project()
                .ifPresentOrElse(
                        project -> {
                            List<PassageChange> changes = history.inProject(project, SHOWN);
                            grid.show(changes);
                            summary.setText(
                                    changes.isEmpty()
                                            ? "Nobody has coded, changed or deleted a passage yet."
                                            : changes.size() < SHOWN
                                                    ? "Every change to a coded passage, latest first."
                                                    : "The latest " + SHOWN + " changes to coded passages.");
                        },
                        () -> summary.setText("There is no project yet."));
    }
}
