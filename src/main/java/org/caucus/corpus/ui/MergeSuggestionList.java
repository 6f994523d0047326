package org.caucus.corpus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.caucus.corpus.ImportRunningException;
import org.caucus.corpus.MergeSuggestion;
import org.caucus.corpus.ParticipantService;
import org.caucus.project.Project;

/**
 * Pairs of participants who look like one person, each with the reason, to merge or keep apart.
 * Nothing is merged until the analyst says so.
 */
class MergeSuggestionList extends VerticalLayout {

    private final ParticipantService participants;
    private final Project project;
    private final Runnable changed;
    private final H3 title = new H3();
    private final Span problem = new Span();
    final Grid<MergeSuggestion> grid = new Grid<>();

    /** @param changed called after a merge, so that the participant list shows it */
    MergeSuggestionList(ParticipantService participants, Project project, Runnable changed) {
        this.participants = participants;
        this.project = project;
        this.changed = changed;
        setPadding(false);
        addClassName("merge-suggestions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(MergeSuggestion::keepName)
                .setHeader("Keep")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(MergeSuggestion::mergeName)
                .setHeader("Merge into it")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(MergeSuggestion::reason).setHeader("Why").setFlexGrow(1);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setHeight("16em");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        add(title, problem, grid);
        refresh();
    }

    void refresh() {
        List<MergeSuggestion> suggestions = participants.mergeSuggestions(project);
        title.setText(
                suggestions.isEmpty()
                        ? "No merge suggestions"
                        : suggestions.size() == 1 ? "1 merge suggestion" : suggestions.size() + " merge suggestions");
        grid.setItems(suggestions);
        grid.setVisible(!suggestions.isEmpty());
    }

    private HorizontalLayout actions(MergeSuggestion suggestion) {
        Button accept = new Button(
                "Merge",
                click -> act(() -> {
                    int credited = participants.merge(suggestion.keepId(), suggestion.mergeId());
                    if (credited > 0) {
                        Notification.show(
                                        (credited == 1
                                                        ? "1 quote left without a speaker, because both went by the name"
                                                                + " that introduced it, is"
                                                        : credited
                                                                + " quotes left without a speaker, because both went by"
                                                                + " the name that introduced them, are")
                                                + " now credited to " + suggestion.keepName() + ".",
                                        6000,
                                        Notification.Position.BOTTOM_START)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    }
                    changed.run();
                }));
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button reject = new Button(
                "Different people",
                click -> act(() -> participants.keepApart(suggestion.keepId(), suggestion.mergeId())));
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(accept, reject);
    }

    /**
     * A suggestion may be stale (another analyst merged one of the pair), or wait for an import to end: say so and
     * show the list afresh.
     */
    private void act(Runnable action) {
        try {
            action.run();
            problem.setText("");
        } catch (IllegalArgumentException | ImportRunningException refused) {
            problem.setText(refused.getMessage());
        }
        refresh();
    }
}
