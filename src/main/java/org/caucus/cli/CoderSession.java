package org.caucus.cli;

import java.util.List;
import java.util.function.Supplier;
import org.caucus.account.CurrentAnalyst;
import org.caucus.coding.CodedPassage;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.Highlight;

/**
 * One simulated coder at work: every read and save of the load check goes through here, in the
 * coder's name, signed in on the coder's own thread as the command line's local operator under
 * that name (see {@link #asThisCoder}).
 */
final class CoderSession {

    private final CodingService coding;
    private final CurrentAnalyst analyst;
    private final String coder;

    CoderSession(CodingService coding, CurrentAnalyst analyst, String coder) {
        this.coding = coding;
        this.analyst = analyst;
        this.coder = coder;
    }

    String coder() {
        return coder;
    }

    List<Highlight> read(long messageId) {
        return asThisCoder(() -> coding.highlights(messageId));
    }

    Highlight code(CodingRequest request) {
        return asThisCoder(() -> coding.codeAs(coder, request));
    }

    Highlight edit(Highlight seen, CodingRequest changed) {
        return asThisCoder(() -> coding.editAs(coder, seen.id(), seen.version(), changed));
    }

    CodedPassage delete(Highlight seen) {
        return asThisCoder(() -> coding.deleteAs(coder, seen.id(), seen.version()));
    }

    /**
     * Runs a service call signed in as this coder, so that the services' access checks run as they do
     * for a person; the command line's local operator may code in every project.
     */
    private <T> T asThisCoder(Supplier<T> call) {
        return analyst.asOperatorNamed(coder, call);
    }
}
