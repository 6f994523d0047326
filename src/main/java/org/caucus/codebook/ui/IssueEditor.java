package org.caucus.codebook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.caucus.codebook.CodebookEntry;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.PositionDetails;
import org.caucus.shared.Counted;

/** Edits one issue's name and description, adds a position to it, or deletes it with its positions. */
class IssueEditor extends VerticalLayout {

    private final CodebookService codebook;
    final TextField name = new TextField("Question");
    final TextArea description = new TextArea("Description");
    final TextField newPosition = new TextField("New position");
    final Button save = new Button("Save");
    final Button addPosition = new Button("Add position");
    final Button delete = new Button("Delete issue…");
    final Confirmation confirmation;
    private CodebookEntry.IssueEntry issue;

    IssueEditor(CodebookService codebook, Runnable changed) {
        this.codebook = codebook;
        this.confirmation = new Confirmation(changed);
        addClassName("issue-editor");
        setPadding(false);
        name.setWidthFull();
        description.setWidthFull();
        newPosition.setWidthFull();
        newPosition.setPlaceholder("Name of a stance one can take on this issue");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click ->
                confirmation.act(() -> codebook.updateIssue(issue.id(), name.getValue(), description.getValue())));
        // New positions get a colour from the palette analysts know from charts; they can change it.
        addPosition.addClickListener(click -> confirmation.act(() -> codebook.addPosition(
                issue.id(),
                new PositionDetails(
                        newPosition.getValue(),
                        null,
                        null,
                        null,
                        null,
                        Palette.next(issue.positions().size()),
                        null))));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> askToDelete());
        add(new H3("Issue"), name, description, save, newPosition, addPosition, delete, confirmation);
    }

    void edit(CodebookEntry.IssueEntry shown) {
        issue = shown;
        name.setValue(shown.name());
        description.setValue(shown.description() == null ? "" : shown.description());
        newPosition.clear();
        confirmation.removeAll();
    }

    private void askToDelete() {
        long passages = issue.positions().stream()
                .mapToLong(CodebookEntry.PositionEntry::passages)
                .sum();
        confirmation.ask(
                "Delete '" + issue.name() + "' with its "
                        + Counted.of(issue.positions().size(), "position") + "? "
                        + Counted.of(passages, "coded passage") + " will be deleted too. This cannot be undone.",
                "Delete",
                () -> codebook.deleteIssue(issue.id()));
    }
}
