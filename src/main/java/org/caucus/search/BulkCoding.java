package org.caucus.search;

import java.util.ArrayList;
import java.util.List;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.PassageRange;
import org.caucus.coding.PassageRejectedException;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.MessageReading;
import org.caucus.shared.Counted;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Codes many search hits with one position and qualifier. Each hit is coded as the reader codes a
 * selection, so each passage is credited to the speaker of its own block; a hit that cannot be
 * coded (a passage already coded so, or one that runs across two speakers) is reported with the
 * reason, and the others are coded all the same.
 */
@Service
public class BulkCoding {

    private final CodingService coding;
    private final CorpusService corpus;

    BulkCoding(CodingService coding, CorpusService corpus) {
        this.coding = coding;
        this.corpus = corpus;
    }

    /** A hit that was not coded, and why. */
    public record Refusal(SearchHit hit, String reason) {}

    /** What a bulk coding did. */
    public record Outcome(int coded, List<Refusal> refused) {

        public String summary() {
            String done = Counted.of(coded, "passage") + " coded";
            return refused.isEmpty() ? done + "." : done + "; " + refused.size() + " not coded.";
        }
    }

    // Each hit is coded in a transaction of its own, so that one refusal does not undo the others.
    @PreAuthorize("@codebookAccess.canCodeWith(#positionId)")
    public Outcome code(List<SearchHit> hits, long positionId, StanceQualifier qualifier, HitSpan span) {
        int coded = 0;
        List<Refusal> refused = new ArrayList<>();
        for (SearchHit hit : hits) {
            if (!hit.inText()) {
                refused.add(new Refusal(hit, "the message matched by its subject or sender, not by its text"));
                continue;
            }
            MessageReading message = corpus.read(hit.messageId()).orElse(null);
            if (message == null) {
                refused.add(new Refusal(hit, "message " + hit.messageId() + " no longer exists"));
                continue;
            }
            HitSpan.Bounds bounds = span.around(message, hit.start(), hit.end());
            PassageRange range = new PassageRange(
                    bounds.start(), bounds.end(), message.body().substring(bounds.start(), bounds.end()));
            try {
                coding.code(new CodingRequest(hit.messageId(), range, positionId, qualifier, null));
                coded++;
            } catch (PassageRejectedException rejected) {
                refused.add(new Refusal(hit, rejected.getMessage()));
            }
        }
        return new Outcome(coded, List.copyOf(refused));
    }
}
