package org.caucus.corpus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.caucus.corpus.ImportRunningException;
import org.caucus.corpus.ListNamesService;
import org.caucus.project.Project;
import org.caucus.shared.Counted;

/**
 * Merges the project's lists that differ in case alone, as imports stored them before each list took one spelling,
 * once the analyst has seen which go where: a merge cannot be undone.
 */
class MergeSpelledAlikeDialog extends Dialog {

    // Package-private for the view test.
    final Button merge = new Button("Merge");

    /** @param merged told once the lists are merged */
    MergeSpelledAlikeDialog(
            ListNamesService listNames, Project project, List<List<String>> spelledAlike, Runnable merged) {
        setHeaderTitle("Merge lists spelled alike");
        addClassName("merge-spelled-alike-dialog");
        UnorderedList groups = new UnorderedList();
        for (List<String> spellings : spelledAlike) {
            groups.add(new ListItem("“%s” takes in %s"
                    .formatted(
                            spellings.getFirst(),
                            String.join(
                                    ", ",
                                    spellings.subList(1, spellings.size()).stream()
                                            .map("“%s”"::formatted)
                                            .toList()))));
        }
        add(groups, new Paragraph("Their messages are then one list's; later imports of them take the kept name."));
        merge.setId("merge-spelled-alike-confirm");
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        merge.addClickListener(click -> {
            try {
                int lists = listNames.mergeSpelledAlike(project);
                close();
                Notification.show(Counted.of(lists, "list") + " merged.");
                merged.run();
            } catch (ImportRunningException refused) {
                close();
                Notification.show(refused.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), merge);
    }
}
