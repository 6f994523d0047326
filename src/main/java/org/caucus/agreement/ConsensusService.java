package org.caucus.agreement;

import java.util.List;
import java.util.Objects;
import org.caucus.account.CoderNames;
import org.caucus.coding.CodedPassage;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.PassageRange;
import org.caucus.coding.StanceQualifier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settles a disagreement into the consensus coder: the owner accepts one coder's version of a
 * stretch, or writes a curated one. What the consensus coder held over the stretch is changed into
 * the new version (changed, then added or deleted as the counts differ), through the coding service,
 * so that the history records each step with the owner's name.
 *
 * <p>Owner-only: {@link #accept} and {@link #curate}.
 */
@Service
@Transactional
public class ConsensusService {

    private final CodingService coding;

    ConsensusService(CodingService coding) {
        this.coding = coding;
    }

    /**
     * Owner-only. Makes {@code coder}'s passages over the stretch the consensus, as they are stored now.
     *
     * @throws IllegalArgumentException when {@code coder} is not one of the stretch's coders or coded nothing there
     */
    @PreAuthorize("@corpusAccess.canOwnMessage(#disagreement.messageId())")
    public void accept(Disagreement disagreement, String coder) {
        List<CoderPassage> chosen = disagreement.versionOf(coder);
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException(coder + " coded nothing over this passage of '" + disagreement.subject()
                    + "'; there is no" + " version of theirs to accept.");
        }
        List<CodingRequest> accepted = chosen.stream()
                .map(passage -> {
                    CodedPassage stored = coding.codedPassage(passage.annotationId());
                    CodingRequest request = stored.request();
                    String memo = "Accepted from " + coder + (request.memo() == null ? "" : ": " + request.memo());
                    return new CodingRequest(
                            request.messageId(), request.range(), request.positionId(), request.qualifier(), memo);
                })
                .toList();
        replaceConsensus(disagreement, accepted);
    }

    /** Owner-only. Makes the owner's own version of the stretch the consensus: a span, a position and a qualifier. */
    @PreAuthorize("@corpusAccess.canOwnMessage(#disagreement.messageId())")
    public void curate(
            Disagreement disagreement, PassageRange span, long positionId, StanceQualifier qualifier, String memo) {
        replaceConsensus(
                disagreement,
                List.of(new CodingRequest(
                        disagreement.messageId(),
                        span,
                        positionId,
                        qualifier,
                        memo == null || memo.isBlank() ? "Curated" : memo)));
    }

    private void replaceConsensus(Disagreement disagreement, List<CodingRequest> wanted) {
        String owner = coding.coder();
        List<CoderPassage> held = disagreement.consensus();
        for (int i = 0; i < Math.max(held.size(), wanted.size()); i++) {
            if (i < held.size() && i < wanted.size()) {
                if (!same(held.get(i), wanted.get(i))) {
                    coding.editAs(owner, held.get(i).annotationId(), held.get(i).version(), wanted.get(i));
                }
            } else if (i < wanted.size()) {
                coding.codeAs(CoderNames.CONSENSUS, owner, wanted.get(i));
            } else {
                coding.deleteAs(owner, held.get(i).annotationId(), held.get(i).version());
            }
        }
    }

    /** A consensus passage that already says what is wanted is left as it is, so the history shows no empty change. */
    private static boolean same(CoderPassage held, CodingRequest wanted) {
        return held.start() == wanted.range().start()
                && held.end() == wanted.range().end()
                && held.positionId() == wanted.positionId()
                && held.qualifier() == wanted.qualifier()
                && Objects.equals(held.memo(), wanted.memo());
    }
}
