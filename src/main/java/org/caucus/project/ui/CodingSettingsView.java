package org.caucus.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.caucus.account.CoderNames;
import org.caucus.project.BlindCoding;
import org.caucus.project.Project;

/**
 * The project's coding settings, for its owner: blind coding on or off, and revealing the coders'
 * work to one another when the independent round is over.
 */
@PermitAll
@Route("settings/coding")
@PageTitle("Coding settings · Caucus")
class CodingSettingsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    final Checkbox blind = new Checkbox("Blind coding: each coder sees only their own passages");
    final Paragraph state = new Paragraph();
    final Button reveal = new Button("Reveal everyone's coding…");

    private final BlindCoding blindCoding;
    private final OpenProject openProject;
    private long projectId;
    /** Set while the page shows the stored state, so that showing it does not store it again. */
    private boolean showing;

    CodingSettingsView(BlindCoding blindCoding, OpenProject openProject) {
        this.blindCoding = blindCoding;
        this.openProject = openProject;
        state.addClassName("blind-coding-state");
        add(new H2("Coding settings"));
        Project project = openProject.project().orElse(null);
        if (project == null) {
            add(new Paragraph("There is no project yet."));
            return;
        }
        projectId = project.getId();
        reveal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reveal.addClickListener(click -> confirmReveal());
        blind.addValueChangeListener(change -> {
            if (!showing) {
                attempt(() -> blindCoding.setBlindCoding(projectId, change.getValue()));
            }
        });
        add(
                blind,
                new Paragraph("While the coding is blind, the reader, the message list, the history, the codebook's"
                        + " counts and the comparison pages show each coder their own passages only, and the"
                        + " Agreement page waits for the reveal. Revealing is final and recorded with your name."),
                state,
                reveal,
                new Paragraph("The coder name \"" + CoderNames.CONSENSUS + "\" is reserved for the versions settled"
                        + " on the Disagreements page; no person can code under it."));
        show(project);
    }

    private void confirmReveal() {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle("Reveal everyone's coding?");
        confirm.add(new Paragraph("Every coder will see every other coder's passages from now on. The project"
                + " cannot be made blind again."));
        Button yes = new Button("Reveal", click -> {
            confirm.close();
            attempt(() -> blindCoding.reveal(projectId));
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(new Button("Cancel", click -> confirm.close()), yes);
        confirm.open();
    }

    private void attempt(Runnable change) {
        try {
            change.run();
        } catch (IllegalStateException refused) {
            Notification.show(refused.getMessage(), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        openProject.project().ifPresent(this::show);
    }

    private void show(Project project) {
        boolean revealed = project.getCodingRevealedAt() != null;
        showing = true;
        blind.setValue(project.isBlindCoding());
        showing = false;
        blind.setEnabled(!revealed);
        reveal.setEnabled(BlindCoding.hidesOthers(project));
        if (revealed) {
            state.setText("Revealed by " + project.getCodingRevealedBy() + " on "
                    + WHEN.format(project.getCodingRevealedAt().atOffset(ZoneOffset.UTC))
                    + ": every coder sees every passage.");
        } else if (project.isBlindCoding()) {
            state.setText("Blind, not revealed: coders see only their own passages.");
        } else {
            state.setText("Open: every coder sees every passage.");
        }
    }
}
