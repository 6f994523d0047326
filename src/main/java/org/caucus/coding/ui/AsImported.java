package org.caucus.coding.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import org.caucus.corpus.MessageAttachment;
import org.caucus.corpus.MessageDetails;
import org.caucus.corpus.MessageOriginals;
import org.caucus.corpus.ui.OriginalDownload;
import org.caucus.shared.Counted;

/**
 * The message as its archive gave it, folded away under the header: the file it was read from, its identifiers and
 * date as written, its charset and how it was chosen, its attachments, what the import noted, and its bytes to
 * download unchanged. Read when first unfolded: most messages are coded without it.
 */
class AsImported extends NativeDetails {

    private final MessageOriginals originals;
    private final long messageId;
    private final Div facts = new Div();

    AsImported(MessageOriginals originals, long messageId) {
        super("As imported");
        this.originals = originals;
        this.messageId = messageId;
        addClassName("as-imported");
        facts.addClassName("as-imported-facts");
        setContent(facts);
        addToggleListener(toggled -> {
            if (toggled.isOpened() && facts.getChildren().findAny().isEmpty()) {
                originals.details(messageId).ifPresent(this::show);
            }
        });
    }

    private void show(MessageDetails details) {
        fact("File", details.sourceName());
        fact("Message-ID", details.messageId());
        fact("In-Reply-To", details.inReplyTo());
        fact("Date header", details.dateHeader());
        fact("Charset", details.charsetInWords());
        details.attachments().forEach(attachment -> fact("Attachment", describe(attachment)));
        details.importNotes().forEach(note -> fact("Import note", note));
        Anchor original = new Anchor(
                OriginalDownload.of(
                        "message-" + messageId,
                        () -> originals.original(messageId).orElseThrow()),
                "Download the original (" + Counted.of(details.originalSize(), "byte") + ")");
        original.addClassName("as-imported-download");
        facts.add(original);
    }

    private void fact(String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Div line = new Div(label + ": " + value);
        line.addClassName("as-imported-fact");
        facts.add(line);
    }

    private static String describe(MessageAttachment attachment) {
        return (attachment.fileName() == null ? "(no name)" : attachment.fileName()) + " ("
                + (attachment.mimeType() == null ? "unknown type" : attachment.mimeType()) + ", "
                + Counted.of(attachment.sizeBytes(), "byte") + ")";
    }
}
