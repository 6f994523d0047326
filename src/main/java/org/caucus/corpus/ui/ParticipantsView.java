package org.caucus.corpus.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.caucus.corpus.ParticipantRow;
import org.caucus.corpus.ParticipantService;
import org.caucus.project.Project;
import org.caucus.project.ui.OpenProject;
import org.caucus.shared.Counted;

/**
 * The people of the debate: their names, addresses and how much they said, who they are
 * (organisation, stakeholder group, country), and the pairs that may be one person.
 */
@PermitAll
@Route("participants")
@PageTitle("Participants · Caucus")
class ParticipantsView extends VerticalLayout {

    private final ParticipantService participants;
    private final Optional<Project> project;
    final Grid<ParticipantRow> grid = new Grid<>();
    final TextField search = new TextField();
    private final Span count = new Span();
    final ParticipantEditor editor;

    ParticipantsView(ParticipantService participants, OpenProject openProject) {
        this.participants = participants;
        this.project = openProject.project();
        setSizeFull();
        editor = new ParticipantEditor(participants, this::showParticipants);
        search.setPlaceholder("Name or address");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(typed -> showParticipants());
        count.addClassName("participant-count");
        configureGrid();

        VerticalLayout list = new VerticalLayout(search, count, grid);
        list.setPadding(false);
        list.setSizeFull();
        HorizontalLayout listAndEditor = new HorizontalLayout(list, editor);
        listAndEditor.setSizeFull();
        listAndEditor.setFlexGrow(1, list);
        // The merge suggestions below must not squeeze the list to a few rows: the page scrolls instead.
        listAndEditor.setMinHeight("60vh");
        add(new H2("Participants"), listAndEditor);
        project.ifPresent(shown -> add(new MergeSuggestionList(participants, shown, this::showParticipants)));
    }

    private void configureGrid() {
        grid.addClassName("participant-list");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ParticipantRow::displayName)
                .setHeader("Name")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> String.join(", ", row.addresses()))
                .setHeader("Addresses")
                .setTooltipGenerator(row -> String.join("\n", row.addresses()))
                .setWidth("18rem")
                .setFlexGrow(1);
        grid.addColumn(ParticipantRow::messages)
                .setHeader("Messages")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ParticipantRow::statements)
                .setHeader("Statements")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ParticipantRow::organisation).setHeader("Organisation").setAutoWidth(true);
        grid.addColumn(row -> row.stakeholderGroup() == null
                        ? ""
                        : row.stakeholderGroup().label())
                .setHeader("Stakeholder group")
                .setAutoWidth(true);
        grid.addColumn(ParticipantRow::country).setHeader("Country").setAutoWidth(true);
        project.ifPresent(shown -> grid.setItemsPageable(
                        pageable -> participants.findParticipants(shown, search.getValue(), pageable), pageable -> {
                            long matching = participants.countParticipants(shown, search.getValue());
                            count.setText(Counted.of(matching, "participant"));
                            return matching;
                        })
                // A row edited is the same participant: the selection stays on it.
                .setIdentifierProvider(ParticipantRow::id));
        grid.asSingleSelect().addValueChangeListener(chosen -> editor.show(chosen.getValue()));
        grid.setSizeFull();
    }

    /** After an edit or a merge: the list afresh, and the editor on what was chosen, as stored now. */
    private void showParticipants() {
        Long chosen = Optional.ofNullable(grid.asSingleSelect().getValue())
                .map(ParticipantRow::id)
                .orElse(null);
        grid.getDataProvider().refreshAll();
        editor.show(project.flatMap(shown -> participants.findParticipant(shown, chosen))
                .orElse(null));
    }
}
