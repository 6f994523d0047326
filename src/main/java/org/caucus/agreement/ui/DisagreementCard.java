package org.caucus.agreement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.caucus.agreement.CoderPassage;
import org.caucus.agreement.Disagreement;

/**
 * One disagreement: the message text around it, each coder's version side by side with a button to
 * accept it, and the consensus column with the settled version or a button to write one.
 */
class DisagreementCard extends Div {

    /** What the owner can do with a disagreement. */
    interface Decisions {
        void accept(Disagreement disagreement, String coder);

        void curate(Disagreement disagreement);
    }

    DisagreementCard(Disagreement disagreement, Decisions decisions) {
        addClassName("disagreement");
        addClassName(disagreement.resolved() ? "settled" : "open");
        Anchor message = new Anchor("messages/" + disagreement.messageId(), disagreement.subject());
        message.addClassName("disagreement-message");
        Span status = new Span(disagreement.resolved() ? "Settled" : "Open");
        status.addClassName("disagreement-status");
        Span differs = new Span("Differs in: " + String.join("; ", disagreement.differences()));
        differs.addClassName("disagreement-differences");
        Div heading = new Div(message, status, differs);
        heading.addClassName("disagreement-heading");

        Paragraph context = new Paragraph(
                new Span(ellipsis(disagreement.before(), true)),
                marked(disagreement.text()),
                new Span(ellipsis(disagreement.after(), false)));
        context.addClassName("disagreement-context");

        Div versions = new Div();
        versions.addClassName("disagreement-versions");
        disagreement.versions().forEach((coder, passages) -> {
            Button accept =
                    new Button("Accept " + coder + "'s version", click -> decisions.accept(disagreement, coder));
            accept.addThemeVariants(ButtonVariant.LUMO_SMALL);
            accept.setEnabled(!passages.isEmpty());
            versions.add(column(disagreement, coder, passages, "Not coded", accept));
        });
        Button curate = new Button(
                disagreement.resolved() ? "Write another version…" : "Write a curated version…",
                click -> decisions.curate(disagreement));
        curate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Component consensus = column(disagreement, "Consensus", disagreement.consensus(), "Not settled yet", curate);
        consensus.addClassName("consensus-version");
        versions.add(consensus);
        add(heading, context, versions);
    }

    private static Div column(
            Disagreement disagreement, String title, List<CoderPassage> passages, String none, Button action) {
        Div column = new Div(new H4(title));
        column.addClassName("disagreement-version");
        if (passages.isEmpty()) {
            Paragraph nothing = new Paragraph(none);
            nothing.addClassName("version-none");
            column.add(nothing);
        }
        for (CoderPassage passage : passages) {
            Div one = new Div();
            one.addClassName("version-passage");
            one.getStyle().set("--mark-colour", passage.colour());
            Span stance = new Span(passage.qualifier().label() + " “" + passage.position() + "”");
            stance.addClassName("version-stance");
            Span span = new Span("“" + disagreement.textOf(passage) + "”");
            span.addClassName("version-span");
            one.add(stance, span);
            if (passage.memo() != null) {
                Span memo = new Span(passage.memo());
                memo.addClassName("version-memo");
                one.add(memo);
            }
            column.add(one);
        }
        column.add(action);
        return column;
    }

    private static Component marked(String text) {
        Span stretch = new Span(text);
        stretch.addClassName("disagreement-stretch");
        return stretch;
    }

    /** Context cut at the window's edge reads as cut, not as the message's start or end. */
    private static String ellipsis(String context, boolean before) {
        if (context.length() < Disagreement.CONTEXT) {
            return context;
        }
        return before ? "…" + context : context + "…";
    }
}
