package org.caucus.corpus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.caucus.corpus.ImportRunningException;
import org.caucus.corpus.MergeSuggestion;
import org.caucus.corpus.MergedPairs;
import org.caucus.corpus.ParticipantService;
import org.caucus.project.Project;
import org.caucus.shared.Counted;

/**
 * Pairs of participants who look like one person, each with the reason, to merge or keep apart, one by one or the
 * pairs chosen all at once: a large list has hundreds, most of them "both are named ...". Nothing is merged until the
 * analyst says so.
 */
class MergeSuggestionList extends VerticalLayout {

    private final ParticipantService participants;
    private final Project project;
    private final Runnable changed;
    private final H3 title = new H3();
    private final Span problem = new Span();
    final Grid<MergeSuggestion> grid = new Grid<>();
    final TextField filter = new TextField();
    final Button mergeChosen = new Button();
    final Button keepChosenApart = new Button();
    private List<MergeSuggestion> suggestions = List.of();

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
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(chosen -> showChosen());
        filter.setPlaceholder("Show pairs whose names or reason contain…");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("24em");
        filter.addValueChangeListener(typed -> showSuggestions());
        filter.setId("merge-suggestion-filter");
        mergeChosen.setId("merge-chosen");
        keepChosenApart.setId("keep-chosen-apart");
        mergeChosen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mergeChosen.addClickListener(click -> confirm(
                "Merge",
                "Each pair becomes one participant, with the messages, quotes and coded passages of both. A merge"
                        + " cannot be undone.",
                chosen -> act(() -> {
                    announce(participants.mergeAll(project, chosen));
                    changed.run();
                })));
        keepChosenApart.addClickListener(click -> confirm(
                "Keep apart",
                "Each pair is remembered as two people and not suggested again.",
                chosen -> act(() -> participants.keepApartAll(project, chosen))));
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        HorizontalLayout bulk = new HorizontalLayout(filter, mergeChosen, keepChosenApart);
        bulk.setAlignItems(Alignment.BASELINE);
        add(title, problem, bulk, grid);
        refresh();
    }

    void refresh() {
        suggestions = participants.mergeSuggestions(project);
        showSuggestions();
    }

    /** The suggestions the filter lets through; a pair chosen and then filtered out is no longer chosen. */
    private void showSuggestions() {
        String typed = filter.getValue().strip().toLowerCase(Locale.ROOT);
        Set<MergeSuggestion> chosen = grid.getSelectedItems();
        List<MergeSuggestion> shown = suggestions.stream()
                .filter(s -> (s.keepName() + "\n" + s.mergeName() + "\n" + s.reason())
                        .toLowerCase(Locale.ROOT)
                        .contains(typed))
                .toList();
        grid.setItems(shown);
        shown.stream().filter(chosen::contains).forEach(grid::select);
        String count =
                suggestions.isEmpty() ? "No merge suggestions" : Counted.of(suggestions.size(), "merge suggestion");
        title.setText(typed.isEmpty() ? count : count + ", " + shown.size() + " shown");
        grid.setVisible(!suggestions.isEmpty());
        filter.setVisible(!suggestions.isEmpty());
        showChosen();
    }

    private void showChosen() {
        int chosen = grid.getSelectedItems().size();
        String pairs = Counted.of(chosen, "chosen pair");
        mergeChosen.setText("Merge " + pairs);
        keepChosenApart.setText("Keep " + pairs + " apart");
        mergeChosen.setVisible(chosen > 0);
        keepChosenApart.setVisible(chosen > 0);
    }

    /**
     * Asks before acting on many pairs at once, saying what will happen to them. The pairs go in the list's order,
     * strongest reason first, which decides who is kept when two pairs share someone.
     */
    private void confirm(String action, String consequence, Consumer<List<MergeSuggestion>> act) {
        Set<MergeSuggestion> selected = grid.getSelectedItems();
        List<MergeSuggestion> chosen =
                suggestions.stream().filter(selected::contains).toList();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(action + " " + Counted.of(chosen.size(), "pair") + "?");
        dialog.add(new Paragraph(consequence));
        Button yes = new Button(action, click -> {
            dialog.close();
            act.accept(chosen);
        });
        yes.setId("confirm-chosen");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), yes);
        dialog.open();
    }

    private void announce(MergedPairs merged) {
        Notification.show(
                        (merged.participantsMerged() == 1
                                        ? "1 participant was merged into another."
                                        : merged.participantsMerged() + " participants were merged into others.")
                                + (merged.quotesCredited() == 0
                                        ? ""
                                        : " " + quotesCredited(merged.quotesCredited(), "the participants kept")),
                        6000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private HorizontalLayout actions(MergeSuggestion suggestion) {
        Button accept = new Button(
                "Merge",
                click -> act(() -> {
                    int credited = participants.merge(suggestion.keepId(), suggestion.mergeId());
                    if (credited > 0) {
                        Notification.show(
                                        quotesCredited(credited, suggestion.keepName()),
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

    /** How many quotes a merge credited, as a sentence; called only when it credited some. */
    private static String quotesCredited(int quotes, String toWhom) {
        return (quotes == 1
                        ? "1 quote left without a speaker, because both went by the name that introduced it, is"
                        : quotes + " quotes left without a speaker, because both went by the name that"
                                + " introduced them, are")
                + " now credited to " + toWhom + ".";
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
