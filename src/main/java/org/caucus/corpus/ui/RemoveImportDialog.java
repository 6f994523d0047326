package org.caucus.corpus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import org.caucus.corpus.ImportRemoval;
import org.caucus.corpus.ImportRemovalRefused;
import org.caucus.corpus.ImportRunningException;
import org.caucus.corpus.PastImport;
import org.caucus.project.Project;
import org.caucus.shared.Counted;

/**
 * Asks before an import is taken back, since its messages cannot be brought back but by importing them again, and
 * says why when it cannot be.
 */
class RemoveImportDialog extends Dialog {

    // Package-private for the view test.
    final Button remove;
    final Paragraph refusal = new Paragraph();

    /**
     * @param messages how many messages the import stored that are still there
     * @param removed told once the messages are gone
     */
    RemoveImportDialog(ImportRemoval removal, Project project, PastImport run, int messages, Runnable removed) {
        setHeaderTitle("Remove the import of " + run.sources() + "?");
        addClassName("remove-import-dialog");
        add(new Paragraph((messages == 1 ? "Its 1 message goes" : "Its %,d messages go".formatted(messages))
                + ", with the participants who posted nothing else. The messages that stay are threaded again as if"
                + " it had never been imported, and their quotes of its messages are attributed afresh. Its record"
                + " stays among the earlier imports, marked as removed."));
        add(new Paragraph("Importing the same files again brings the messages back, without their codes: an import"
                + " whose messages hold coded passages is not removed."));
        refusal.addClassName("import-refused");
        refusal.setVisible(false);
        add(refusal);
        remove = new Button("Remove " + Counted.of(messages, "message"));
        remove.addClassName("remove-import-confirm");
        remove.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> {
            try {
                ImportRemoval.Removed done = removal.remove(project, run.runId());
                close();
                Notification.show("Removed the import of %s: %s.".formatted(run.sources(), done.summary()));
                removed.run();
            } catch (ImportRemovalRefused | ImportRunningException refused) {
                refusal.setText(refused.getMessage());
                refusal.setVisible(true);
                remove.setEnabled(false);
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), remove);
    }
}
