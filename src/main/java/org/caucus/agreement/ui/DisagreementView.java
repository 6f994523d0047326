package org.caucus.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.caucus.account.CoderNames;
import org.caucus.agreement.AgreementService;
import org.caucus.agreement.ConsensusService;
import org.caucus.agreement.Disagreement;
import org.caucus.agreement.DisagreementService;
import org.caucus.analysis.ScopeChoicesService;
import org.caucus.codebook.CodebookService;
import org.caucus.coding.PassageRejectedException;
import org.caucus.project.BlindCoding;
import org.caucus.project.Project;
import org.caucus.project.ui.OpenProject;
import org.caucus.project.ui.PageWork;
import org.caucus.shared.Counted;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;

/**
 * Where coders differ, side by side, for the owner to settle: accept one coder's version or write a
 * curated one into the consensus coder. Settled ones stay listed, marked, with the consensus version.
 */
@PermitAll
@Route("disagreements")
@PageTitle("Disagreements · Caucus")
class DisagreementView extends VerticalLayout {

    /** Cards drawn at once; more come with "Show more", so a large corpus does not build a huge page. */
    static final int PAGE = 50;

    final Paragraph summary = new Paragraph();
    final Checkbox openOnly = new Checkbox("Open ones only");
    final Div list = new Div();
    final Button more = new Button("Show more");

    private final DisagreementService disagreements;
    private final AgreementService agreement;
    private final PageWork work;
    private final int messagesComparedAtOnce;
    private final ConsensusService consensus;
    private final CodebookService codebook;
    private MessageSetPicker messageSet;
    private Project project;
    private List<Disagreement> shown = List.of();
    private int drawn;

    DisagreementView(
            DisagreementService disagreements,
            AgreementService agreement,
            ConsensusService consensus,
            CodebookService codebook,
            ScopeChoicesService choices,
            OpenProject openProject,
            @Qualifier("applicationTaskExecutor") Executor executor,
            @Value("${caucus.disagreements.messages-compared-at-once:2000}") int messagesComparedAtOnce) {
        this.disagreements = disagreements;
        this.agreement = agreement;
        this.work = new PageWork(executor, this);
        this.messagesComparedAtOnce = messagesComparedAtOnce;
        this.consensus = consensus;
        this.codebook = codebook;
        summary.addClassName("disagreement-summary");
        list.addClassName("disagreement-list");
        add(
                new H2("Disagreements"),
                new Paragraph("Passages the chosen coders coded differently: another span, position or qualifier"
                        + " over the same words, or words one coded and another did not. Accept one coder's version,"
                        + " or write your own, into the coder \"" + CoderNames.CONSENSUS + "\"; the comparison"
                        + " pages and exports can then count the consensus only."));
        openProject
                .project()
                .ifPresentOrElse(found -> show(found, choices), () -> add(new Paragraph("There is no project yet.")));
    }

    private void show(Project found, ScopeChoicesService choices) {
        project = found;
        messageSet = new MessageSetPicker(
                choices, project, disagreements.coders(project), "to see where they differ", this::refresh);
        messageSet.add(openOnly);
        openOnly.addValueChangeListener(change -> refresh());
        more.addClickListener(click -> drawMore());
        add(messageSet, summary);
        if (BlindCoding.hidesOthers(project)) {
            Paragraph blind = new Paragraph("Blind coding is on and not revealed: coders do not see this page's"
                    + " passages of one another until you reveal the coding in Coding settings.");
            blind.addClassName("blind-note");
            add(blind);
        }
        add(list, more);
        refresh();
    }

    /**
     * Finds where the chosen coders differ. Over more than {@code messagesComparedAtOnce} coded messages that takes
     * seconds (20 s for 30,000), so it is done on the pool while the page says so.
     */
    private void refresh() {
        list.removeAll();
        drawn = 0;
        shown = List.of();
        more.setVisible(false);
        work.forget();
        messageSet.request(summary::setText).ifPresent(chosen -> {
            int coded = agreement.studySize(project, chosen).messages();
            boolean atOnce = coded <= messagesComparedAtOnce;
            if (!atOnce) {
                summary.setText("Comparing the coders over " + Counted.of(coded, "coded message")
                        + " takes a while; their differences appear here when they are found. Fewer messages, such as"
                        + " the lists, threads or days the coders both coded, are compared at once.");
            }
            work.answer(
                    atOnce,
                    wanted -> disagreements.disagreements(project, chosen, wanted),
                    this::showAll,
                    failure -> summary.setText("The coders could not be compared: " + failure.getMessage()));
        });
    }

    private void showAll(List<Disagreement> all) {
        long settled = all.stream().filter(Disagreement::resolved).count();
        shown = openOnly.getValue() ? all.stream().filter(d -> !d.resolved()).toList() : all;
        long messages = all.stream().map(Disagreement::messageId).distinct().count();
        summary.setText(
                all.isEmpty()
                        ? "The chosen coders coded these messages alike."
                        : Counted.of(all.size(), "disagreement") + " in " + Counted.of(messages, "message") + ", "
                                + settled + " settled.");
        drawMore();
    }

    private void drawMore() {
        int until = Math.min(shown.size(), drawn + PAGE);
        for (Disagreement disagreement : shown.subList(drawn, until)) {
            list.add(new DisagreementCard(disagreement, new DisagreementCard.Decisions() {
                @Override
                public void accept(Disagreement which, String coder) {
                    settle(() -> consensus.accept(which, coder), "Accepted " + coder + "'s version.");
                }

                @Override
                public void curate(Disagreement which) {
                    new CuratedVersionDialog(
                                    which, codebook.positions(project.getId()), (span, position, qualifier, memo) -> {
                                        try {
                                            consensus.curate(which, span, position, qualifier, memo);
                                        } catch (PassageRejectedException refused) {
                                            return Optional.of(refused.getMessage());
                                        }
                                        refresh();
                                        tell("Saved the curated version.", NotificationVariant.LUMO_SUCCESS);
                                        return Optional.empty();
                                    })
                            .open();
                }
            }));
        }
        drawn = until;
        more.setVisible(drawn < shown.size());
    }

    private void settle(Runnable decision, String done) {
        try {
            decision.run();
            refresh();
            tell(done, NotificationVariant.LUMO_SUCCESS);
        } catch (PassageRejectedException | IllegalArgumentException refused) {
            tell(refused.getMessage(), NotificationVariant.LUMO_ERROR);
        }
    }

    private static void tell(String message, NotificationVariant variant) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
