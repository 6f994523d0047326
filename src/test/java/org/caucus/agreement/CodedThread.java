package org.caucus.agreement;

import org.caucus.QuotingThreadProject;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.Issue;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.PassageRange;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.CorpusService;
import org.caucus.project.Project;
import org.springframework.stereotype.Component;

/**
 * The three-message liaison thread with a second position, "Wait for the summit", for coders to
 * code by hand in agreement tests.
 */
@Component
class CodedThread {

    private final QuotingThreadProject thread;
    private final CodebookService codebook;
    private final CorpusService corpus;
    private final CodingService coding;

    CodedThread(QuotingThreadProject thread, CodebookService codebook, CorpusService corpus, CodingService coding) {
        this.thread = thread;
        this.codebook = codebook;
        this.corpus = corpus;
        this.coding = coding;
    }

    /** The project, and its positions: the liaison and waiting. */
    record Fixture(QuotingThreadProject.Fixture thread, long liaison, long waiting) {

        Project project() {
            return thread.project();
        }
    }

    Fixture create() {
        QuotingThreadProject.Fixture created = thread.create();
        Issue timing = codebook.addIssue(created.project(), "When should civil society act?", null);
        long waiting = codebook.addPosition(timing, "Wait for the summit", null, "#ff7f0e", '2')
                .getId();
        return new Fixture(created, created.liaison(), waiting);
    }

    /** The text of a message (0, 1 or 2, in date order). */
    String body(Fixture fixture, int message) {
        return corpus.read(fixture.thread().messages().get(message).id())
                .orElseThrow()
                .body();
    }

    /** Codes the first occurrence of a one-line phrase of a message (0, 1 or 2, in date order). */
    long code(Fixture fixture, String coder, int message, String phrase, long position, StanceQualifier qualifier) {
        long messageId = fixture.thread().messages().get(message).id();
        String body = body(fixture, message);
        int start = body.indexOf(phrase);
        if (start < 0) {
            throw new IllegalArgumentException("Message " + message + " has no '" + phrase + "'");
        }
        return coding.codeAs(
                        coder,
                        new CodingRequest(
                                messageId,
                                new PassageRange(start, start + phrase.length(), phrase),
                                position,
                                qualifier,
                                null))
                .id();
    }
}
